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
        <source>LEFT side (the person&apos;s own left)</source>
        <translation>LINKE Seite (die eigene linke Seite der Person)</translation>
    </message>
    <message>
        <source>RIGHT side (the person&apos;s own right)</source>
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
        <source>&gt; **Does not touch the sciatic nerve.** Its trigger points can refer pain that feels like sciatica (&quot;pseudo-sciatica&quot;): the nerve is lit on the drawing, but no stretch of it is marked, because this muscle does not press on it.</source>
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
        <source>Each zone&apos;s style shows how sure it is (see the legend): filled when mapped, pale with a dash-dot edge when only described, a dotted outline without fill when inferred.</source>
        <translation>Der Stil jeder Zone zeigt, wie sicher sie ist (siehe Legende): gefüllt, wenn kartiert; blass mit Strich-Punkt-Rand, wenn nur beschrieben; nur gepunktet umrandet, wenn erschlossen.</translation>
    </message>
    <message>
        <source>**Muscles in this region** (outlined in blue on the drawing):</source>
        <translation>**Muskeln dieser Region** (in der Zeichnung blau umrandet):</translation>
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
        <source>Click a muscle, region or nerve. Wheel zooms, dragging pans. LEFT and RIGHT are the person&apos;s own sides.</source>
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
</TS>
