<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>bodymap hit a problem</source>
        <translation>bodymap hatte ein Problem</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

Your work is still open. The details were written to the log in {folder}.</source>
        <translation>Etwas ist schiefgegangen: {summary}

Ihre Arbeit ist noch geöffnet. Die Einzelheiten stehen im Protokoll in {folder}.</translation>
    </message>
    <message>
        <source>bodymap cannot start</source>
        <translation>bodymap kann nicht starten</translation>
    </message>
    <message>
        <source>This language cannot be shown</source>
        <translation>Diese Sprache kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <source>muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>nerve</source>
        <translation>Nerv</translation>
    </message>
    <message>
        <source>LEFT side (the person's own left)</source>
        <translation>LINKE Seite (die eigene linke Seite der Person)</translation>
    </message>
    <message>
        <source>RIGHT side (the person's own right)</source>
        <translation>RECHTE Seite (die eigene rechte Seite der Person)</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>superficial {kind}</source>
        <translation>{kind} (oberflächlich)</translation>
    </message>
    <message>
        <source>deep {kind}</source>
        <translation>{kind} (tief)</translation>
    </message>
    <message>
        <source>the sciatic nerve</source>
        <translation>dem Ischiasnerv</translation>
    </message>
    <message>
        <source>the {names}</source>
        <translation>dem {names}</translation>
    </message>
    <message>
        <source> and the </source>
        <translation> und dem </translation>
    </message>
    <message>
        <source> (a branch of the sciatic nerve)</source>
        <translation> (einem Ast des Ischiasnervs)</translation>
    </message>
    <message>
        <source> (sciatic branches)</source>
        <translation> (Ästen des Ischiasnervs)</translation>
    </message>
    <message>
        <source>&gt; **Lies against {nerves}.** The glowing yellow line on the drawing is the sciatic nerve and its branches; the orange glow marks the stretch this muscle can press on or irritate.</source>
        <translation>&gt; **Liegt {nerves} an.** Die leuchtend gelbe Linie in der Zeichnung ist der Ischiasnerv mit seinen Ästen; der orange Schein markiert den Abschnitt, auf den dieser Muskel drücken oder den er reizen kann.</translation>
    </message>
    <message>
        <source>&gt; **Does not touch the sciatic nerve.** Its trigger points can refer pain that feels like sciatica ("pseudo-sciatica"): the nerve is lit on the drawing, but no stretch of it is marked, because this muscle does not press on it.</source>
        <translation>&gt; **Berührt den Ischiasnerv nicht.** Seine Triggerpunkte können Schmerz übertragen, der sich wie Ischias anfühlt („Pseudo-Ischias“): Der Nerv leuchtet in der Zeichnung, aber kein Abschnitt ist markiert, weil dieser Muskel nicht auf ihn drückt.</translation>
    </message>
    <message>
        <source>Mapped (drawn from a published referral map).</source>
        <translation>Kartiert (nach einer veröffentlichten Schmerzkarte gezeichnet).</translation>
    </message>
    <message>
        <source>Described (a source describes it in words; we found no drawn map).</source>
        <translation>Beschrieben (eine Quelle beschreibt es in Worten; eine gezeichnete Karte fanden wir nicht).</translation>
    </message>
    <message>
        <source>Inferred (no source maps it; drawn by analogy, so treat it as a likely guess).</source>
        <translation>Erschlossen (keine Quelle kartiert es; per Analogie gezeichnet, also eine wahrscheinliche Annahme).</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>kartiert</translation>
    </message>
    <message>
        <source>only described in words</source>
        <translation>nur in Worten beschrieben</translation>
    </message>
    <message>
        <source>drawn by analogy</source>
        <translation>per Analogie gezeichnet</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Eine</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Zwei</translation>
    </message>
    <message>
        <source>Three</source>
        <translation>Drei</translation>
    </message>
    <message>
        <source>{count} of its zones is {grade} rather than {usual}.</source>
        <translation>{count} seiner Zonen ist {grade} statt {usual}.</translation>
    </message>
    <message>
        <source>{count} of its zones are {grade} rather than {usual}.</source>
        <translation>{count} seiner Zonen sind {grade} statt {usual}.</translation>
    </message>
    <message>
        <source>**On the drawing:** ✕ marks the typical trigger points; **solid red** is the essential zone (where referred pain is usually felt); **hatched red** is the spillover zone (felt by some people only). These are typical patterns, not rules: every body differs.</source>
        <translation>**In der Zeichnung:** ✕ markiert die typischen Triggerpunkte; **kräftiges Rot** ist die Hauptzone (wo der übertragene Schmerz meist gespürt wird); **schraffiertes Rot** ist die Nebenzone (nur von manchen Menschen gespürt). Das sind typische Muster, keine Regeln: Jeder Körper ist anders.</translation>
    </message>
    <message>
        <source>Essential zone: {text}</source>
        <translation>Hauptzone: {text}</translation>
    </message>
    <message>
        <source>Spillover zone: {text}</source>
        <translation>Nebenzone: {text}</translation>
    </message>
    <message>
        <source>How sure this map is: {text}</source>
        <translation>Wie sicher diese Karte ist: {text}</translation>
    </message>
    <message>
        <source>Each zone's style shows how sure it is (see the legend): filled when mapped, pale with a dash-dot edge when only described, a dotted outline without fill when inferred.</source>
        <translation>Der Stil jeder Zone zeigt, wie sicher sie ist (siehe Legende): gefüllt, wenn kartiert; blass mit Strich-Punkt-Rand, wenn nur beschrieben; nur gepunktet umrandet, wenn erschlossen.</translation>
    </message>
    <message>
        <source>**Muscles in this region** (outlined in blue on the drawing):</source>
        <translation>**Muskeln dieser Region** (in der Zeichnung blau umrandet):</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>&lt;b&gt;⚠ Get urgent medical help&lt;/b&gt; for numbness around the genitals or back passage, new bladder or bowel problems, or weakness or sciatica in both legs. &lt;a href='bodymap:red-flags'{style}&gt;Read the warning signs&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Urgent warning signs</source>
        <translation>Dringende Warnzeichen</translation>
    </message>
</context>
<context>
    <name>CoreAccessibleTree</name>
    <message>
        <source>Selected: {accessible_name}. The article beside the drawing explains it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoreCandidates</name>
    <message>
        <source>covers {pct} of the painted area with its essential zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, {pct} more with its spillover zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>covers {pct} of the painted area with its spillover zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, {pct} with its essential zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; no source maps this pattern (it is drawn by analogy), so it counts for half</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pins and needles in a dermatome's pattern, with numbness or weakness, point to the nerve; a deep ache with no numbness or weakness fits a trigger point; both can coexist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}'s referral zones overlap the {join} {areas} drawn here, so where it hurts cannot tell them apart. {base}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}'s referral zones do not overlap the {span} skin areas drawn here. {base}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoreCareText</name>
    <message>
        <source>## Looking after it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>## Care: for therapists and students</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>*Common self-help, not a cure: studies show small, short-term effects at best. Ask your therapist which of these suit you before you start.*</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Ask a therapist.** A therapist can check where your pain comes from and show you what is safe for you to do at home. This screen does not give self-treatment steps, because what helps one person can harm another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>- **{title}.**

  ![{title2}]({PICTURE_SCHEME}{picture})

  {how}

  **How long:** {dose}

  **When to stop:** {stop}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**What a therapist may do.** {client}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**What you can do at home** (your therapist can print these for you):

{items}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**What can keep it going:**

{bullets}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Ask first, and do not treat yourself, if:**

{bullets}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**What a therapist typically does.** {therapist}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Evidence.** {evidence} {evidence2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Sources.** {sources}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoreHandoutText</name>
    <message>
        <source>{name}, {side} side</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoreHomePlan</name>
    <message>
        <source>Your home plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your therapist chose these for you. They are common self-help, not a cure: studies show small, short-term effects. Go gently; a strong but bearable ache is enough.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CorePeel</name>
    <message>
        <source>{name} lies beneath {lower} at this depth on the {side} side, so {lower2} is selected now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is covered at this depth on the {side} side.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is peeled away on the {side} side at this depth.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoreProgress</name>
    <message>
        <source>{what} stayed at {last:g}{unit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what} {verb} from {first:g}{unit} to {last:g}{unit2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One session ({day}): {painted_percent:g} % of the back painted, peak intensity {peak_intensity} out of 10. Add more sessions to see a trend.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In {len} sessions on {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From {day} to {day2} ({len} sessions on {days} days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From {day} to {day2} ({len} sessions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{span}, {area} and {peak}.{verdict}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoreQuiz</name>
    <message>
        <source>Score: {correct} of {asked} ({percent}%).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> on the person's {side} side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click the {lower_first}{where}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which muscle refers pain to the shaded area?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the referral pattern it shares as one of {group}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoreTraversal</name>
    <message>
        <source>{layer} layer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Depth</name>
    <message>
        <source>Superficial</source>
        <translation>Oberflächlich</translation>
    </message>
    <message>
        <source>Gluteus maximus removed</source>
        <translation>Gluteus maximus entfernt</translation>
    </message>
    <message>
        <source>Gluteus medius removed</source>
        <translation>Gluteus medius entfernt</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Tief</translation>
    </message>
    <message>
        <source>Deepest</source>
        <translation>Tiefste</translation>
    </message>
</context>
<context>
    <name>FitToolbar</name>
    <message>
        <source>View controls</source>
        <translation>Ansichtssteuerung</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Quick guide</source>
        <translation>Kurzanleitung</translation>
    </message>
    <message>
        <source>A short illustrated guide for therapists, students and kiosk staff</source>
        <translation>Eine kurze bebilderte Anleitung für Therapeuten, Studierende und Kiosk-Personal</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation>Alle Tastenkürzel dieses Fensters</translation>
    </message>
</context>
<context>
    <name>GuideFirstRun</name>
    <message>
        <source>First steps</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Kurzanleitung</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Hide these hints for good</source>
        <translation>Diese Hinweise dauerhaft ausblenden</translation>
    </message>
</context>
<context>
    <name>GuideQuickGuide</name>
    <message>
        <source>bodymap quick guide</source>
        <translation>bodymap-Kurzanleitung</translation>
    </message>
    <message>
        <source>Quick guide: {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideShortcuts</name>
    <message>
        <source>Elsewhere (toolbar, drawing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was es tut</translation>
    </message>
</context>
<context>
    <name>KioskAttract</name>
    <message>
        <source>How can a muscle feel like sciatica?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Touch anywhere to start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Touch the drawing to see how muscles and the sciatic nerve can cause pain in the buttock and leg.</source>
        <translation>Berühren Sie die Zeichnung, um zu sehen, wie Muskeln und der Ischiasnerv Schmerzen in Gesäß und Bein auslösen können.</translation>
    </message>
</context>
<context>
    <name>KioskIdleReset</name>
    <message>
        <source>Touch anywhere to stay</source>
        <translation>Irgendwo berühren, um zu bleiben</translation>
    </message>
</context>
<context>
    <name>KioskLayout</name>
    <message>
        <source>&lt;b&gt;Talk to your therapist&lt;/b&gt; about your pain: this map shows typical patterns, not what is causing yours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Touch a muscle to learn about it · pinch to zoom · drag to move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talk to your therapist</source>
        <translation>Sprechen Sie mit Ihrem Therapeuten</translation>
    </message>
</context>
<context>
    <name>KioskPinPad</name>
    <message>
        <source>No staff PIN is set on this kiosk, so it cannot be left from the screen. Set one with: bodymap --set-kiosk-pin --config PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff only: enter the PIN to close the kiosk</source>
        <translation>Nur für Personal: PIN eingeben, um den Kiosk zu schließen</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Zurück zum Kiosk</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in {int} s.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Show bodymap in %1</source>
        <translation>bodymap auf %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Sciatic nerve and branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nerve beneath muscle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stretch this muscle can press on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger point (typical)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Essential pain zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spillover pain zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone mapped in a published figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone described in words only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone inferred: no source maps it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your drawing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>bodymap: sciatica, muscles and trigger points</source>
        <translation>bodymap: Ischias, Muskeln und Triggerpunkte</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Zeichnung</translation>
    </message>
    <message>
        <source>Text panel</source>
        <translation>Textbereich</translation>
    </message>
    <message>
        <source>Click a muscle, region or nerve. Wheel zooms, dragging pans. LEFT and RIGHT are the person's own sides.</source>
        <translation>Klicken Sie auf einen Muskel, eine Region oder einen Nerv. Mausrad zoomt, Ziehen verschiebt. LINKS und RECHTS sind die eigenen Seiten der Person.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Back to the overview, nothing selected</source>
        <translation>Zurück zur Übersicht, nichts ausgewählt</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Fit body</source>
        <translation>Körper einpassen</translation>
    </message>
    <message>
        <source>Fit the whole body to the window</source>
        <translation>Den ganzen Körper ins Fenster einpassen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Seiten tauschen</translation>
    </message>
    <message>
        <source>Swap which side shows the deep muscles</source>
        <translation>Tauschen, welche Seite die tiefen Muskeln zeigt</translation>
    </message>
    <message>
        <source>Urgent signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>When to seek urgent medical help</source>
        <translation>Wann Sie dringend ärztliche Hilfe brauchen</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Haftungsausschluss</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation>Über bodymap</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Depth shown on the left side</source>
        <translation>Tiefe auf der linken Seite</translation>
    </message>
    <message>
        <source>Peel the left side: Deep = gluteus maximus removed, Deepest = gluteus medius removed too</source>
        <translation>Linke Seite freilegen: Tief = Gluteus maximus entfernt, Tiefste = auch Gluteus medius entfernt</translation>
    </message>
    <message>
        <source>Depth shown on the right side</source>
        <translation>Tiefe auf der rechten Seite</translation>
    </message>
    <message>
        <source>Peel the right side: Deep = gluteus maximus removed, Deepest = gluteus medius removed too</source>
        <translation>Rechte Seite freilegen: Tief = Gluteus maximus entfernt, Tiefste = auch Gluteus medius entfernt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Rechts:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&lt;p&gt;A map of the back of the body that explains how muscles and trigger points can cause sciatica-like pain.&lt;/p&gt;&lt;p&gt;For education only: it does not diagnose or replace a health professional. Referral patterns are typical, not the same in everyone.&lt;/p&gt;&lt;p&gt;Free and open-source software. Nothing you do in it leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Karte der Körperrückseite, die erklärt, wie Muskeln und Triggerpunkte ischiasähnliche Schmerzen verursachen können.&lt;/p&gt;&lt;p&gt;Nur zur Aufklärung: Es stellt keine Diagnose und ersetzt keine medizinische Fachkraft. Schmerzmuster sind typisch, aber nicht bei allen Menschen gleich.&lt;/p&gt;&lt;p&gt;Freie, quelloffene Software. Nichts, was Sie darin tun, verlässt diesen Computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Student</name>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Show or hide the Layers panel: layers and depth peeling</source>
        <translation>Ebenen-Bereich ein- oder ausblenden: Ebenen und Freilegen in die Tiefe</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show leader-line labels (L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels are hidden during the quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latin names (Terminologia Anatomica)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label structures with their Latin names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiz…</source>
        <translation>Quiz…</translation>
    </message>
    <message>
        <source>Test yourself: find muscles and name referral patterns</source>
        <translation>Testen Sie sich: Muskeln finden und Schmerzmuster benennen</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>&amp;Lernen</translation>
    </message>
</context>
<context>
    <name>StudentDetailsCard</name>
    <message>
        <source>Select a muscle or a nerve on the drawing (or press Tab, then Enter) to see its card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details card</source>
        <translation>Steckbrief</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>StudentLayersPanel</name>
    <message>
        <source>Skin outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bones and landmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Superficial muscles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deep muscles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nerves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger points (of the selected muscle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral zones (of the selected muscle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dermatomes (L4, L5, S1, S2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show {layer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Depth: peel the buttock</source>
        <translation>Tiefe: das Gesäß freilegen</translation>
    </message>
    <message>
        <source>Peel the left side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peel the right side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peel both sides together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Left: {left}. Right: {right}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
</context>
<context>
    <name>StudentPeelNote</name>
    <message>
        <source>Depth note</source>
        <translation>Hinweis zur Tiefe</translation>
    </message>
    <message>
        <source>Show the hidden muscle</source>
        <translation>Verdeckten Muskel zeigen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <source>Show {lower}{name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peel the {side} side so {name} is drawn again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StudentQuizPanel</name>
    <message>
        <source>Test yourself on the buttock and the back of the thigh. "Click the …" questions hide the labels: click the muscle on the drawing (or Tab to it and press Enter). Referral questions shade where a muscle sends pain: choose the muscle. Each question comes once per round; at the end you see what to revise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Art der Frage</translation>
    </message>
    <message>
        <source>Questions in a round</source>
        <translation>Fragen pro Runde</translation>
    </message>
    <message>
        <source>How many questions one round asks</source>
        <translation>Wie viele Fragen eine Runde stellt</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>Quiz starten</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Next question (N)</source>
        <translation>Nächste Frage (N)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Leave quiz</source>
        <translation>Quiz verlassen</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Question {done} of {length}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score so far: {right} of {asked}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shaded on the person's {side} side: solid = where the pain is usually felt, hatched = where it may spread.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Right: {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlined in green on the drawing.</source>
        <translation>In der Zeichnung grün umrandet.</translation>
    </message>
    <message>
        <source>✗ Not quite: you chose {given}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer is {name}{extra}, outlined in blue on the drawing; a wrong pick is outlined in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score: {right} of {asked}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round complete</source>
        <translation>Runde beendet</translation>
    </message>
</context>
<context>
    <name>StudentTheme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Show bodymap in the light colours (remembered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show bodymap in the dark colours (remembered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show bodymap in the high contrast colours (remembered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Black outlines and strong colours, easier to see (Ctrl+Shift+H)</source>
        <translation>Schwarze Umrisse und kräftige Farben, besser zu sehen (Strg+Umschalt+H)</translation>
    </message>
</context>
<context>
    <name>TherapistCandidatesPanel</name>
    <message>
        <source>Muscles with a matching pain pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Muscles whose typical pain pattern matches the drawing, best match first:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paint where it hurts with “Where does it hurt?”. Muscles whose referral zones match the drawing will be listed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No muscle on this map refers pain to the painted area. Pain there may have another cause: ask, examine, and check the urgent signs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A match is not a cause: referral patterns are typical, not the same in everyone, and patterns no source maps (drawn by analogy) count for half. A lead for the examination, not a diagnosis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain drawing summary</source>
        <translation>Zusammenfassung der Schmerzzeichnung</translation>
    </message>
    <message>
        <source>Candidate muscles, best match first</source>
        <translation>Infrage kommende Muskeln, bester Treffer zuerst</translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Painted: {area_percent:.1f} % of the back ({sides} side), worst {peak}/10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select {name} on the {side} side</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TherapistDrawing</name>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>worst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fine brush</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium brush</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broad brush</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>Wo tut es weh?</translation>
    </message>
    <message>
        <source>Paint where it hurts on the body (mouse or finger)</source>
        <translation>Malen Sie am Körper, wo es wehtut (Maus oder Finger)</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <source>Rub out part of the drawing</source>
        <translation>Einen Teil der Zeichnung wegradieren</translation>
    </message>
    <message>
        <source>Undo drawing</source>
        <translation>Zeichnen rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change to the drawing</source>
        <translation>Die letzte Änderung der Zeichnung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo drawing</source>
        <translation>Zeichnen wiederholen</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Den eben rückgängig gemachten Schritt wiederholen</translation>
    </message>
    <message>
        <source>Clear drawing</source>
        <translation>Zeichnung löschen</translation>
    </message>
    <message>
        <source>Remove the whole drawing (can be undone)</source>
        <translation>Die ganze Zeichnung entfernen (rückgängig möglich)</translation>
    </message>
    <message>
        <source>Pain drawing</source>
        <translation>Schmerzzeichnung</translation>
    </message>
    <message>
        <source> Intensity: </source>
        <translation> Stärke: </translation>
    </message>
    <message>
        <source>Pain intensity, 1 to 10</source>
        <translation>Schmerzstärke, 1 bis 10</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Pinselgröße</translation>
    </message>
    <message>
        <source>Paint where it hurts, on the side where it hurts. Choose the intensity above; the eraser rubs out; Ctrl+Z undoes.</source>
        <translation>Malen Sie, wo es wehtut, auf der Seite, wo es wehtut. Die Stärke wählen Sie oben; der Radierer löscht; Strg+Z macht rückgängig.</translation>
    </message>
</context>
<context>
    <name>TherapistFilesClientsWindow</name>
    <message>
        <source>bodymap sessions (*.bodymap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client's name</source>
        <translation>Name des Klienten</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>JJJJ-MM-TT (optional)</translation>
    </message>
    <message>
        <source>Date of birth (optional)</source>
        <translation>Geburtsdatum (optional)</translation>
    </message>
    <message>
        <source>Notes about the client</source>
        <translation>Notizen zum Klienten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Kept in the client library on this computer only.</source>
        <translation>Wird nur in der Klientenbibliothek auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Sitzungsdatum</translation>
    </message>
    <message>
        <source>The day this session took place:</source>
        <translation>Der Tag dieser Sitzung:</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Clients and their sessions</source>
        <translation>Klienten und ihre Sitzungen</translation>
    </message>
    <message>
        <source>The library is kept on this computer only: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a client: type part of a name</source>
        <translation>Klient suchen: Teil des Namens eingeben</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Klient suchen</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>Neuer &amp;Klient…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Klient löschen…</translation>
    </message>
    <message>
        <source>Sessions of this client, oldest first</source>
        <translation>Sitzungen dieses Klienten, älteste zuerst</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>Sitzung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>Change &amp;date…</source>
        <translation>&amp;Datum ändern…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Sitzung löschen…</translation>
    </message>
    <message>
        <source>&amp;Progress chart</source>
        <translation>&amp;Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>No client's name starts with “{text}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{len} of {total} clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{total} clients (the first {len} shown: type to find)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client chosen</source>
        <translation>Kein Klient gewählt</translation>
    </message>
    <message>
        <source>Choose a client on the left, or add a new one.</source>
        <translation>Wählen Sie links einen Klienten oder legen Sie einen neuen an.</translation>
    </message>
    <message>
        <source>Client not saved</source>
        <translation>Klient nicht gespeichert</translation>
    </message>
    <message>
        <source>Date not changed</source>
        <translation>Datum nicht geändert</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <source>Session not exported</source>
        <translation>Sitzung nicht exportiert</translation>
    </message>
</context>
<context>
    <name>TherapistFilesHandout</name>
    <message>
        <source>bodymap handout: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Therapist's name:</source>
        <translation>Name des Therapeuten:</translation>
    </message>
    <message>
        <source>Client's name:</source>
        <translation>Name des Klienten:</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Papierformat:</translation>
    </message>
    <message>
        <source>Home plan:</source>
        <translation>Übungsplan für zu Hause:</translation>
    </message>
    <message>
        <source>The handout is made on this computer; nothing is sent anywhere.</source>
        <translation>Das Merkblatt entsteht auf diesem Computer; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>&amp;Export handout…</source>
        <translation>Merkblatt &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write a PDF for the client: the body map, the plain explanation, the home plan, urgent signs and the disclaimer</source>
        <translation>Ein PDF für den Klienten erstellen: Körperkarte, einfache Erklärung, Übungsplan, Warnzeichen und Haftungsausschluss</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>Merkblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Merkblatt als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Handout not saved</source>
        <translation>Merkblatt nicht gespeichert</translation>
    </message>
    <message>
        <source>{path}: the PDF could not be written ({reason}). Choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path}: the PDF could not be written. Choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handout saved: {path} ({pages} pages).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print handout</source>
        <translation>Merkblatt drucken</translation>
    </message>
    <message>
        <source>Handout not printed</source>
        <translation>Merkblatt nicht gedruckt</translation>
    </message>
    <message>
        <source>The printer could not be used ({exc}). Check it is on and try again, or export a PDF instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TherapistFilesHandoutPages</name>
    <message>
        <source>bodymap: for education; it does not diagnose. Made on this computer; nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seen from behind: the person's LEFT is on the left of the picture. Solid red: where pain is usually felt from this muscle's trigger points; red stripes: where it sometimes spreads; ✕: trigger points; yellow: the sciatic nerve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violet, dotted: your own drawing of where you feel the pain.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TherapistFilesHomePlanPicker</name>
    <message>
        <source>Select a muscle, or draw where it hurts, to offer its self-care items here. Without ticked items the handout has no home plan page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick what the client should do at home. Each item prints on a “Your home plan” page with its picture, how long and how often, when to stop, and the urgent signs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}, for {muscle_name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own line for this item (optional)</source>
        <translation>Ihre eigene Zeile zu diesem Punkt (optional)</translation>
    </message>
    <message>
        <source>Your line for {title}, {muscle_name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TherapistFilesLibraryActions</name>
    <message>
        <source>&amp;Clients…</source>
        <translation>&amp;Klienten…</translation>
    </message>
    <message>
        <source>Find a client and their sessions</source>
        <translation>Einen Klienten und seine Sitzungen finden</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>Start an empty session</source>
        <translation>Eine leere Sitzung beginnen</translation>
    </message>
    <message>
        <source>Back &amp;up library…</source>
        <translation>Bibliothek &amp;sichern…</translation>
    </message>
    <message>
        <source>Write a copy of the client library</source>
        <translation>Eine Kopie der Klientenbibliothek schreiben</translation>
    </message>
    <message>
        <source>Client library not opened</source>
        <translation>Klientenbibliothek nicht geöffnet</translation>
    </message>
    <message>
        <source>Session not opened</source>
        <translation>Sitzung nicht geöffnet</translation>
    </message>
    <message>
        <source>Back up the client library</source>
        <translation>Klientenbibliothek sichern</translation>
    </message>
    <message>
        <source>bodymap library (*.sqlite3)</source>
        <translation>bodymap-Bibliothek (*.sqlite3)</translation>
    </message>
    <message>
        <source>Library not backed up</source>
        <translation>Bibliothek nicht gesichert</translation>
    </message>
    <message>
        <source>Library backed up to {out}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TherapistFilesProgressChart</name>
    <message>
        <source>Progress{who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions: {table}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Chart a client's painted area and peak intensity over sessions</source>
        <translation>Bemalte Fläche und höchste Stärke eines Klienten über die Sitzungen als Diagramm</translation>
    </message>
    <message>
        <source>Some sessions left out</source>
        <translation>Einige Sitzungen ausgelassen</translation>
    </message>
    <message>
        <source>Sessions of different clients</source>
        <translation>Sitzungen verschiedener Klienten</translation>
    </message>
    <message>
        <source>These sessions belong to {join}. Choose the sessions of one client to see their progress.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TherapistFilesSessionActions</name>
    <message>
        <source>bodymap sessions (*.bodymap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client's name (optional, stays on this computer)</source>
        <translation>Name des Klienten (optional, bleibt auf diesem Computer)</translation>
    </message>
    <message>
        <source>Client's name</source>
        <translation>Name des Klienten</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Sitzungsdatum</translation>
    </message>
    <message>
        <source>The day of this session (the progress chart uses it)</source>
        <translation>Der Tag dieser Sitzung (für das Verlaufsdiagramm)</translation>
    </message>
    <message>
        <source>Session date:</source>
        <translation>Sitzungsdatum:</translation>
    </message>
    <message>
        <source>Notes for this session: what was found, what was agreed…</source>
        <translation>Notizen zu dieser Sitzung: Befund, Vereinbarungen…</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Sitzungsnotizen</translation>
    </message>
    <message>
        <source>Saved in the session file with the drawing.</source>
        <translation>Wird mit der Zeichnung in der Sitzungsdatei gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a saved session: drawing, selection and notes</source>
        <translation>Eine gespeicherte Sitzung öffnen: Zeichnung, Auswahl und Notizen</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save the drawing, selection and notes to a .bodymap file</source>
        <translation>Zeichnung, Auswahl und Notizen in einer .bodymap-Datei speichern</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Session &amp;notes</source>
        <translation>Sitzungs&amp;notizen</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Sitzung nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved {store_name} in the client library (on this computer only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Saved {name} (on this computer only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Session not opened</source>
        <translation>Sitzung nicht geöffnet</translation>
    </message>
    <message>
        <source>Opened {name}, session of {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed since the last save: {listed}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session not found</source>
        <translation>Sitzung nicht gefunden</translation>
    </message>
    <message>
        <source>{text}: the file is no longer there (moved, renamed or deleted). It has been removed from the recent list.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TherapistNerveToggle</name>
    <message>
        <source>Nerve or muscle?</source>
        <translation>Nerv oder Muskel?</translation>
    </message>
    <message>
        <source>Show the nerve roots' skin areas (dermatomes) beside the referral zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{tip} (Ctrl+Shift+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nerve or muscle reading</source>
        <translation>Deutung Nerv oder Muskel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nerve or muscle?&lt;/b&gt; Blue dashed areas: nerve roots' skin areas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read more, and what else it can be</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{head} {reading} &lt;a href='bodymap:{ARTICLE}'&gt;{more}&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TherapistPresentation</name>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type, for the client (F11)</source>
        <translation>Präsentationsmodus: Vollbild, große Schrift, für den Klienten (F11)</translation>
    </message>
    <message>
        <source>Full screen with large type; Esc leaves</source>
        <translation>Vollbild mit großer Schrift; Esc beendet</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
</context>
<context>
    <name>TherapistSearchBox</name>
    <message>
        <source>Find a muscle, nerve or region by name, nickname or abbreviation (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find: piri, hamstrings, QL…</source>
        <translation>Suchen: Piri, Ischiocrurale, QL…</translation>
    </message>
    <message>
        <source>Search structures</source>
        <translation>Strukturen suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>{how} match on “{matched}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected {label}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Drawing of the back of the body. Each muscle, nerve and region drawn is a button inside it: press one to select it and read about it, or Tab to walk them.</source>
        <translation>Zeichnung der Körperrückseite. Jeder gezeichnete Muskel, Nerv und jede Region ist darin eine Schaltfläche: Drücken Sie eine, um sie auszuwählen und darüber zu lesen, oder gehen Sie sie mit Tab durch.</translation>
    </message>
</context>
</TS>