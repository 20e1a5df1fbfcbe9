<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessibleMap</name>
    <message>
        <source>Select this structure and show its article</source>
        <translation>Diese Struktur auswählen und ihren Artikel zeigen</translation>
    </message>
    <message>
        <source>Ring this structure on the drawing</source>
        <translation>Diese Struktur in der Zeichnung einkreisen</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>More {lower} tools</source>
        <translation type="vanished">Weitere Werkzeuge: {lower}</translation>
    </message>
    <message>
        <source>search</source>
        <translation type="vanished">such</translation>
    </message>
    <message>
        <source>tool bar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>More {title} tools</source>
        <translation>Weitere Werkzeuge: {title}</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Clear {label}</source>
        <translation>{label} leeren</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Text leeren</translation>
    </message>
    <message>
        <source>Split view</source>
        <translation>Geteilte Ansicht</translation>
    </message>
    <message>
        <source>Divider between {before} and {after}: drag to resize</source>
        <translation>Trenner zwischen {before} und {after}: zum Ändern der Größe ziehen</translation>
    </message>
    <message>
        <source>Divider: drag to resize</source>
        <translation>Trenner: zum Ändern der Größe ziehen</translation>
    </message>
    <message>
        <source>Divider (unused)</source>
        <translation>Trenner (unbenutzt)</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Fenstergröße ändern</translation>
    </message>
    <message>
        <source>Vertical scroll bar of {where}</source>
        <translation>Vertikale Bildlaufleiste: {where}</translation>
    </message>
    <message>
        <source>Horizontal scroll bar of {where}</source>
        <translation>Horizontale Bildlaufleiste: {where}</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Vertikale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Horizontale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Choices: {what}</source>
        <translation>Auswahl: {what}</translation>
    </message>
    <message>
        <source>Choices: {value}</source>
        <translation type="vanished">Auswahl: {value}</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
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
        <source>**On the drawing:** ✕ marks the typical trigger points; **solid red** is the essential zone (where referred pain is usually felt); **striped red** is the spillover zone (felt by some people only). These are typical patterns, not rules: every body differs.</source>
        <translation>**In der Zeichnung:** ✕ markiert die typischen Triggerpunkte; **kräftiges Rot** ist die Hauptzone (wo der übertragene Schmerz meist gespürt wird); **gestreiftes Rot** ist die Nebenzone (nur von manchen Menschen gespürt). Das sind typische Muster, keine Regeln: Jeder Körper ist anders.</translation>
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
        <translation>&lt;b&gt;⚠ Holen Sie sofort ärztliche Hilfe&lt;/b&gt; bei Taubheit im Genital- oder Afterbereich, neuen Blasen- oder Darmproblemen oder Schwäche oder Ischias in beiden Beinen. &lt;a href='bodymap:red-flags'{style}&gt;Warnzeichen lesen&lt;/a&gt;</translation>
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
    <name>Card</name>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation>Ansatz</translation>
    </message>
    <message>
        <source>Nerve supply</source>
        <translation>Innervation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Blood supply</source>
        <translation>Blutversorgung</translation>
    </message>
    <message>
        <source>Relation to the sciatic nerve</source>
        <translation>Beziehung zum Ischiasnerv</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Triggerpunkte</translation>
    </message>
    <message>
        <source>Referral pattern</source>
        <translation>Schmerzmuster</translation>
    </message>
    <message>
        <source>Roots</source>
        <translation>Wurzeln</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Äste</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Versorgt</translation>
    </message>
    <message>
        <source>Skin territory</source>
        <translation>Hautgebiet</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
</context>
<context>
    <name>CoreAccessibleTree</name>
    <message>
        <source>Selected: {accessible_name}. The article beside the drawing explains it.</source>
        <translation>Ausgewählt: {accessible_name}. Der Artikel neben der Zeichnung erklärt es.</translation>
    </message>
</context>
<context>
    <name>CoreCandidates</name>
    <message>
        <source>covers {pct} of the painted area with its essential zone</source>
        <translation>deckt {pct} der bemalten Fläche mit seiner Hauptzone ab</translation>
    </message>
    <message>
        <source>, {pct} more with its spillover zone</source>
        <translation>, {pct} mehr mit seiner Nebenzone</translation>
    </message>
    <message>
        <source>covers {pct} of the painted area with its spillover zone</source>
        <translation>deckt {pct} der bemalten Fläche mit seiner Nebenzone ab</translation>
    </message>
    <message>
        <source>, {pct} with its essential zone</source>
        <translation>, {pct} mit seiner Hauptzone</translation>
    </message>
    <message>
        <source>; no source maps this pattern (it is drawn by analogy), so it counts for half</source>
        <translation>; keine Quelle kartiert dieses Muster (per Analogie gezeichnet), daher zählt es halb</translation>
    </message>
    <message>
        <source>Pins and needles in a dermatome's pattern, with numbness or weakness, point to the nerve; a deep ache with no numbness or weakness fits a trigger point; both can coexist.</source>
        <translation>Kribbeln im Muster eines Dermatoms mit Taubheit oder Schwäche spricht für den Nerv; ein tiefer, dumpfer Schmerz ohne Taubheit oder Schwäche passt zu einem Triggerpunkt; beides kann zusammen vorkommen.</translation>
    </message>
    <message>
        <source>skin area</source>
        <translation>Hautareal</translation>
    </message>
    <message>
        <source>skin areas</source>
        <translation>Hautareale</translation>
    </message>
    <message>
        <source>{name}'s referral zones overlap the {join} {areas} drawn here, so where it hurts cannot tell them apart. {base}</source>
        <translation>Die Schmerzzonen von {name} überschneiden sich mit den hier gezeichneten {areas} {join}; der Ort des Schmerzes allein unterscheidet sie also nicht. {base}</translation>
    </message>
    <message>
        <source>{name}'s referral zones do not overlap the {span} skin areas drawn here. {base}</source>
        <translation>Die Schmerzzonen von {name} überschneiden sich nicht mit den hier gezeichneten Hautarealen {span}. {base}</translation>
    </message>
</context>
<context>
    <name>CoreCareText</name>
    <message>
        <source>## Looking after it</source>
        <translation>## Was Sie tun können</translation>
    </message>
    <message>
        <source>## Care: for therapists and students</source>
        <translation>## Behandlung: für Therapeuten und Studierende</translation>
    </message>
    <message>
        <source>*Common self-help, not a cure: studies show small, short-term effects at best. Ask your therapist which of these suit you before you start.*</source>
        <translation>*Übliche Selbsthilfe, keine Heilung: Studien zeigen höchstens kleine, kurzfristige Wirkungen. Fragen Sie Ihren Therapeuten, was davon zu Ihnen passt, bevor Sie beginnen.*</translation>
    </message>
    <message>
        <source>**Ask a therapist.** A therapist can check where your pain comes from and show you what is safe for you to do at home. This screen does not give self-treatment steps, because what helps one person can harm another.</source>
        <translation>**Fragen Sie einen Therapeuten.** Ein Therapeut kann prüfen, woher Ihr Schmerz kommt, und Ihnen zeigen, was Sie zu Hause sicher tun können. Dieser Bildschirm gibt keine Anleitung zur Selbstbehandlung, denn was dem einen hilft, kann dem anderen schaden.</translation>
    </message>
    <message>
        <source>- **{title}.**

  ![{title2}]({PICTURE_SCHEME}{picture})

  {how}

  **How long:** {dose}

  **When to stop:** {stop}</source>
        <translation>- **{title}.**

  ![{title2}]({PICTURE_SCHEME}{picture})

  {how}

  **Wie lange:** {dose}

  **Wann aufhören:** {stop}</translation>
    </message>
    <message>
        <source>**What a therapist may do.** {client}</source>
        <translation>**Was ein Therapeut tun kann.** {client}</translation>
    </message>
    <message>
        <source>**What you can do at home** (your therapist can print these for you):

{items}</source>
        <translation>**Was Sie zu Hause tun können** (Ihr Therapeut kann es für Sie ausdrucken):

{items}</translation>
    </message>
    <message>
        <source>**What can keep it going:**

{bullets}</source>
        <translation>**Was es aufrechterhalten kann:**

{bullets}</translation>
    </message>
    <message>
        <source>**Ask first, and do not treat yourself, if:**

{bullets}</source>
        <translation>**Fragen Sie zuerst und behandeln Sie sich nicht selbst, wenn:**

{bullets}</translation>
    </message>
    <message>
        <source>**What a therapist typically does.** {therapist}</source>
        <translation>**Was ein Therapeut üblicherweise tut.** {therapist}</translation>
    </message>
    <message>
        <source>**Evidence.** {evidence} {evidence2}</source>
        <translation>**Evidenz.** {evidence} {evidence2}</translation>
    </message>
    <message>
        <source>**Sources.** {sources}.</source>
        <translation>**Quellen.** {sources}.</translation>
    </message>
</context>
<context>
    <name>CoreHandoutText</name>
    <message>
        <source>for therapists</source>
        <translation>für therapeuten</translation>
    </message>
    <message>
        <source>for therapists and teachers</source>
        <translation>für therapeuten und lehrende</translation>
    </message>
    <message>
        <source>How the muscles of the hip and thigh relate to the sciatic nerve</source>
        <translation>Wie die Muskeln von Hüfte und Oberschenkel mit dem Ischiasnerv zusammenhängen</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, linke Seite</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, rechte Seite</translation>
    </message>
    <message>
        <source>{name}, {side} side</source>
        <translation type="vanished">{name}, {side} Seite</translation>
    </message>
</context>
<context>
    <name>CoreHomePlan</name>
    <message>
        <source>Your home plan</source>
        <translation>Ihr Übungsplan für zu Hause</translation>
    </message>
    <message>
        <source>Your therapist chose these for you. They are common self-help, not a cure: studies show small, short-term effects. Go gently; a strong but bearable ache is enough.</source>
        <translation>Ihr Therapeut hat diese für Sie ausgewählt. Es ist übliche Selbsthilfe, keine Heilung: Studien zeigen kleine, kurzfristige Wirkungen. Gehen Sie behutsam vor; ein deutliches, aber erträgliches Ziehen genügt.</translation>
    </message>
</context>
<context>
    <name>CorePeel</name>
    <message>
        <source>{name} lies beneath {lower} at this depth on the {side} side, so {lower2} is selected now.</source>
        <translation>{name} liegt in dieser Tiefe auf der {side} Seite unter {lower}, daher ist jetzt {lower2} ausgewählt.</translation>
    </message>
    <message>
        <source>{name} is covered at this depth on the {side} side.</source>
        <translation>{name} ist in dieser Tiefe auf der {side} Seite verdeckt.</translation>
    </message>
    <message>
        <source>{name} is peeled away on the {side} side at this depth.</source>
        <translation>{name} ist in dieser Tiefe auf der {side} Seite entfernt.</translation>
    </message>
</context>
<context>
    <name>CoreProgress</name>
    <message>
        <source>{what} stayed at {last:g}{unit}</source>
        <translation>{what} blieb bei {last:g}{unit}</translation>
    </message>
    <message>
        <source>fell</source>
        <translation>sank</translation>
    </message>
    <message>
        <source>rose</source>
        <translation>stieg</translation>
    </message>
    <message>
        <source>{what} {verb} from {first:g}{unit} to {last:g}{unit2}</source>
        <translation>{what} {verb} von {first:g}{unit} auf {last:g}{unit2}</translation>
    </message>
    <message>
        <source>No sessions to compare.</source>
        <translation>Keine Sitzungen zum Vergleichen.</translation>
    </message>
    <message>
        <source>One session ({day}): {painted_percent:g} % of the back painted, peak intensity {peak_intensity} out of 10. Add more sessions to see a trend.</source>
        <translation>Eine Sitzung ({day}): {painted_percent:g} % des Rückens bemalt, höchste Stärke {peak_intensity} von 10. Fügen Sie weitere Sitzungen hinzu, um einen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>In {len} sessions on {day}</source>
        <translation>In {len} Sitzungen am {day}</translation>
    </message>
    <message>
        <source>From {day} to {day2} ({len} sessions on {days} days)</source>
        <translation>Vom {day} bis {day2} ({len} Sitzungen an {days} Tagen)</translation>
    </message>
    <message>
        <source>From {day} to {day2} ({len} sessions)</source>
        <translation>Vom {day} bis {day2} ({len} Sitzungen)</translation>
    </message>
    <message>
        <source>the painted area</source>
        <translation>die bemalte Fläche</translation>
    </message>
    <message>
        <source>the peak intensity</source>
        <translation>die höchste Stärke</translation>
    </message>
    <message>
        <source> Both are lower: the pain covers less of the body and is milder.</source>
        <translation> Beide sind niedriger: Der Schmerz betrifft weniger vom Körper und ist milder.</translation>
    </message>
    <message>
        <source> Both are higher than at the start.</source>
        <translation> Beide sind höher als zu Beginn.</translation>
    </message>
    <message>
        <source>{span}, {area} and {peak}.{verdict}</source>
        <translation>{span}, {area} und {peak}.{verdict}</translation>
    </message>
</context>
<context>
    <name>CoreQuiz</name>
    <message>
        <source>Score: {correct} of {asked} ({percent}%).</source>
        <translation>Ergebnis: {correct} von {asked} ({percent} %).</translation>
    </message>
    <message>
        <source>Revise:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Nothing to revise: every answer was right.</source>
        <translation>Nichts zu wiederholen: Alle Antworten waren richtig.</translation>
    </message>
    <message>
        <source> on the person's {side} side</source>
        <translation> auf der {side} Seite der Person</translation>
    </message>
    <message>
        <source>Click the {lower_first}{where}.</source>
        <translation>Klicken Sie auf: {lower_first}{where}.</translation>
    </message>
    <message>
        <source>Which muscle refers pain to the shaded area?</source>
        <translation>Welcher Muskel überträgt Schmerz in den schattierten Bereich?</translation>
    </message>
    <message>
        <source>where it lies on the drawing</source>
        <translation>wo er in der Zeichnung liegt</translation>
    </message>
    <message>
        <source>the referral pattern it shares as one of {group}</source>
        <translation>das Schmerzmuster, das er als einer der {group} teilt</translation>
    </message>
    <message>
        <source>its referral pattern</source>
        <translation>sein Schmerzmuster</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>CoreTraversal</name>
    <message>
        <source>superficial layer</source>
        <translation>oberflächliche Schicht</translation>
    </message>
    <message>
        <source>deep layer</source>
        <translation>tiefe Schicht</translation>
    </message>
    <message>
        <source>{layer} layer</source>
        <translation>Schicht: {layer}</translation>
    </message>
    <message>
        <source> Part of its course here lies beneath muscle (drawn dashed).</source>
        <translation> Ein Teil seines Verlaufs liegt hier unter Muskeln (gestrichelt gezeichnet).</translation>
    </message>
    <message>
        <source> It lies against the sciatic nerve or its branches.</source>
        <translation> Er liegt dem Ischiasnerv oder seinen Ästen an.</translation>
    </message>
    <message>
        <source> Press Enter to select it.</source>
        <translation> Drücken Sie die Eingabetaste, um es auszuwählen.</translation>
    </message>
</context>
<context>
    <name>Depth</name>
    <message>
        <source>Superficial</source>
        <translation>Oberflächlich</translation>
    </message>
    <message>
        <source>Gluteus maximus, erector spinae and gastrocnemius removed</source>
        <translation>Gluteus maximus, Erector spinae und Gastrocnemius entfernt</translation>
    </message>
    <message>
        <source>Gluteus medius, quadratus femoris and soleus removed too</source>
        <translation>Auch Gluteus medius, Quadratus femoris und Soleus entfernt</translation>
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
    <message>
        <source>&lt;b&gt;Click a muscle&lt;/b&gt; to see what it does and where its trigger points send pain · &lt;b&gt;Where does it hurt?&lt;/b&gt;{draw_keys} lets your client paint their pain · &lt;b&gt;{guide_key}&lt;/b&gt; for the quick guide</source>
        <translation>&lt;b&gt;Klicken Sie auf einen Muskel&lt;/b&gt;, um zu sehen, was er tut und wohin seine Triggerpunkte Schmerz schicken · &lt;b&gt;Wo tut es weh?&lt;/b&gt;{draw_keys} lässt Ihren Klienten den Schmerz malen · &lt;b&gt;{guide_key}&lt;/b&gt; öffnet die Kurzanleitung</translation>
    </message>
</context>
<context>
    <name>GuideQuickGuide</name>
    <message>
        <source>The matching muscles</source>
        <translation>Die passenden Muskeln</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click a muscle&lt;/b&gt;, a region or a nerve on the drawing: it is outlined in blue, the sciatic nerve lights up, and the text on the right explains it in plain words. Crosses (✕) mark its typical trigger points; solid red is where their pain is usually felt, striped red where it spreads in some people. Click empty space or press Esc to go back to the overview.</source>
        <translation>&lt;b&gt;Klicken Sie auf einen Muskel&lt;/b&gt;, eine Region oder einen Nerv in der Zeichnung: Er wird blau umrandet, der Ischiasnerv leuchtet auf, und der Text rechts erklärt ihn in einfachen Worten. Kreuze (✕) markieren seine typischen Triggerpunkte; kräftiges Rot zeigt, wo ihr Schmerz meist gespürt wird, gestreiftes Rot, wohin er bei manchen Menschen ausstrahlt. Klicken Sie auf eine leere Stelle oder drücken Sie Esc, um zur Übersicht zurückzukehren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt;{keys}: type a name or a nickname (“piri”, “glute med”, “QL”, “hamstrings”); Enter selects the first match.</source>
        <translation>&lt;b&gt;Suchen&lt;/b&gt;{keys}: einen Namen oder Spitznamen eingeben („Piri“, „Glute med“, „QL“, „Ischiocrurale“); Eingabe wählt den ersten Treffer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where does it hurt?&lt;/b&gt;{keys}: your client paints where it hurts, from 1 to 10. &lt;i&gt;{escape}&lt;/i&gt; then lists the muscles whose typical referral zones cover the painting, best match first: a match is a lead for your examination, not a cause.</source>
        <translation>&lt;b&gt;Wo tut es weh?&lt;/b&gt;{keys}: Ihr Klient malt, wo es wehtut, von 1 bis 10. &lt;i&gt;{escape}&lt;/i&gt; listet dann die Muskeln, deren typische Schmerzzonen die Zeichnung abdecken, bester Treffer zuerst: Ein Treffer ist ein Hinweis für Ihre Untersuchung, keine Ursache.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nerve or muscle?&lt;/b&gt;{keys} lays the nerve roots' skin areas (the L4, L5, S1 and S2 dermatomes) over the selected muscle's pain zones, with a one-line reading of the difference.</source>
        <translation>&lt;b&gt;Nerv oder Muskel?&lt;/b&gt;{keys} legt die Hautareale der Nervenwurzeln (die Dermatome L4, L5, S1 und S2) über die Schmerzzonen des ausgewählten Muskels, mit einer einzeiligen Deutung des Unterschieds.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Present&lt;/b&gt;{keys}: full screen, large type and “their LEFT / their RIGHT” for the client; Esc leaves.</source>
        <translation>&lt;b&gt;Präsentieren&lt;/b&gt;{keys}: Vollbild, große Schrift und „ihre LINKE / ihre RECHTE Seite“ für den Klienten; Esc beendet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Urgent signs&lt;/b&gt;{keys} is always one click away: the warning signs that need emergency care.</source>
        <translation>&lt;b&gt;Warnzeichen&lt;/b&gt;{keys} ist immer einen Klick entfernt: die Zeichen, die eine Notfallversorgung brauchen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save session&lt;/b&gt;{keys} keeps the drawing, the selection and your notes; &lt;b&gt;Export handout…&lt;/b&gt;{keys2} writes a PDF for the client. Nothing leaves this computer.</source>
        <translation>&lt;b&gt;Sitzung speichern&lt;/b&gt;{keys} bewahrt Zeichnung, Auswahl und Ihre Notizen; &lt;b&gt;Merkblatt exportieren…&lt;/b&gt;{keys2} erstellt ein PDF für den Klienten. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>In a session with a client</source>
        <translation>In einer Sitzung mit einem Klienten</translation>
    </message>
    <message>
        <source>Piriformis selected on the right: its trigger points and where their pain goes.</source>
        <translation>Piriformis rechts ausgewählt: seine Triggerpunkte und wohin ihr Schmerz geht.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The person's LEFT is on your left: you look at their back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LINKS der Person ist links von Ihnen: Sie sehen auf ihren Rücken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The left side shows the &lt;b&gt;superficial&lt;/b&gt; muscles and the right side the &lt;b&gt;deep&lt;/b&gt; ones; &lt;b&gt;Swap sides&lt;/b&gt;{keys} flips them.</source>
        <translation>Die linke Seite zeigt die &lt;b&gt;oberflächlichen&lt;/b&gt; Muskeln, die rechte die &lt;b&gt;tiefen&lt;/b&gt;; &lt;b&gt;Seiten tauschen&lt;/b&gt;{keys} vertauscht sie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt;{keys} shows or hides the skin, bones, muscles, nerves, trigger points, zones, labels and dermatomes, and peels each side: Superficial, Deep (gluteus maximus removed), Deepest (gluteus medius removed too). If peeling hides the selected muscle, a note above the drawing says so, with a button that shows it again.</source>
        <translation type="vanished">&lt;b&gt;Ebenen&lt;/b&gt;{keys} zeigt oder verbirgt Haut, Knochen, Muskeln, Nerven, Triggerpunkte, Zonen, Beschriftungen und Dermatome und legt jede Seite frei: Oberflächlich, Tief (Gluteus maximus entfernt), Tiefste (auch Gluteus medius entfernt). Verdeckt das Freilegen den ausgewählten Muskel, sagt ein Hinweis über der Zeichnung das, mit einer Schaltfläche, die ihn wieder zeigt.</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapeut</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Kiosk staff</source>
        <translation>Kiosk-Personal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt;{keys} shows or hides the skin, bones, muscles, nerves, trigger points, zones, labels and dermatomes, and peels each side: {superficial}, {deep} ({deep_removed}), {deepest} ({deepest_removed}). If peeling hides the selected muscle, a note above the drawing says so, with a button that shows it again.</source>
        <translation>&lt;b&gt;Ebenen&lt;/b&gt;{keys} zeigt oder verbirgt Haut, Knochen, Muskeln, Nerven, Triggerpunkte, Zonen, Beschriftungen und Dermatome und legt jede Seite frei: {superficial}, {deep} ({deep_removed}), {deepest} ({deepest_removed}). Verdeckt das Freilegen den ausgewählten Muskel, sagt ein Hinweis über der Zeichnung das, mit einer Schaltfläche, die ihn wieder zeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Labels&lt;/b&gt;{keys} name every visible structure beside the figure; &lt;b&gt;Latin names&lt;/b&gt;{keys2} switch them to Terminologia Anatomica (&lt;i&gt;musculus piriformis&lt;/i&gt;).</source>
        <translation>&lt;b&gt;Beschriftungen&lt;/b&gt;{keys} benennen jede sichtbare Struktur neben der Figur; &lt;b&gt;Lateinische Namen&lt;/b&gt;{keys2} schalten auf die Terminologia Anatomica um (&lt;i&gt;musculus piriformis&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Details&lt;/b&gt;{keys}: the selected muscle's card (origin, insertion, nerve supply with roots, action, blood supply, relation to the sciatic nerve, trigger points and referral), each with its source.</source>
        <translation>&lt;b&gt;Details&lt;/b&gt;{keys}: der Steckbrief des ausgewählten Muskels (Ursprung, Ansatz, Innervation mit Wurzeln, Funktion, Blutversorgung, Beziehung zum Ischiasnerv, Triggerpunkte und Schmerzmuster), jeweils mit Quelle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz…&lt;/b&gt;{keys}: find a muscle on the drawing (labels hidden), or say which muscle refers pain to the zone shown.</source>
        <translation>&lt;b&gt;Quiz…&lt;/b&gt;{keys}: einen Muskel in der Zeichnung finden (ohne Beschriftungen) oder sagen, welcher Muskel Schmerz in die gezeigte Zone überträgt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard&lt;/b&gt;: click or Tab into the drawing, then Tab or the arrow keys walk the visible structures and Enter selects.</source>
        <translation>&lt;b&gt;Tastatur&lt;/b&gt;: In die Zeichnung klicken oder mit Tab hinein; dann gehen Tab oder die Pfeiltasten die sichtbaren Strukturen durch, Eingabe wählt aus.</translation>
    </message>
    <message>
        <source>Studying the gluteal region and the posterior thigh</source>
        <translation>Gesäßregion und Oberschenkelrückseite lernen</translation>
    </message>
    <message>
        <source>The right side peeled to Deepest, superior gemellus selected: the short rotators with the sciatic nerve over them.</source>
        <translation>Die rechte Seite bis Tiefste freigelegt, Gemellus superior ausgewählt: die kurzen Außenrotatoren mit dem Ischiasnerv darüber.</translation>
    </message>
    <message>
        <source>Start it with &lt;code&gt;bodymap --kiosk&lt;/code&gt; (or with a config file whose &lt;code&gt;[kiosk]&lt;/code&gt; section says &lt;code&gt;enabled = true&lt;/code&gt;, given with &lt;code&gt;--config PATH&lt;/code&gt;). It runs full screen and locked down for touch; visitors cannot close it.</source>
        <translation>Starten mit &lt;code&gt;bodymap --kiosk&lt;/code&gt; (oder mit einer Konfigurationsdatei, deren Abschnitt &lt;code&gt;[kiosk]&lt;/code&gt; &lt;code&gt;enabled = true&lt;/code&gt; enthält, angegeben mit &lt;code&gt;--config PATH&lt;/code&gt;). Er läuft im Vollbild und für Touch gesperrt; Besucher können ihn nicht schließen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set the staff PIN first&lt;/b&gt;: &lt;code&gt;bodymap --set-kiosk-pin --config PATH&lt;/code&gt; asks for it twice and stores only a salted hash. Without a PIN the kiosk cannot be left from the screen.</source>
        <translation>&lt;b&gt;Zuerst die Personal-PIN setzen&lt;/b&gt;: &lt;code&gt;bodymap --set-kiosk-pin --config PATH&lt;/code&gt; fragt sie zweimal ab und speichert nur einen gesalzenen Hash. Ohne PIN lässt sich der Kiosk nicht am Bildschirm verlassen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;To leave&lt;/b&gt;: press and hold the {escape} corner for {long_press_seconds:g} seconds; a PIN pad opens. After 3 wrong PINs it waits 30 seconds before the next try, then longer each time.</source>
        <translation>&lt;b&gt;Zum Verlassen&lt;/b&gt;: die Ecke ({escape}) {long_press_seconds:g} Sekunden lang gedrückt halten; ein PIN-Feld öffnet sich. Nach 3 falschen PINs wartet es 30 Sekunden bis zum nächsten Versuch, danach jedes Mal länger.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It starts again by itself&lt;/b&gt;: after {idle_seconds:g} seconds without a touch a {countdown_seconds}-second countdown shows, then everything the visitor did is wiped and the welcome loop returns. Nothing a visitor does is written to disk.</source>
        <translation>&lt;b&gt;Er beginnt von selbst neu&lt;/b&gt;: Nach {idle_seconds:g} Sekunden ohne Berührung erscheint ein Countdown von {countdown_seconds} Sekunden, dann wird alles gelöscht, was der Besucher getan hat, und die Begrüßung kehrt zurück. Nichts, was ein Besucher tut, wird gespeichert.</translation>
    </message>
    <message>
        <source>The corner, the times and the text size are set in the config file; every key is described in &lt;code&gt;docs/kiosk.md&lt;/code&gt; in bodymap's source.</source>
        <translation>Ecke, Zeiten und Schriftgröße werden in der Konfigurationsdatei festgelegt; jeder Schlüssel ist in &lt;code&gt;docs/kiosk.md&lt;/code&gt; im Quellcode von bodymap beschrieben.</translation>
    </message>
    <message>
        <source>Running the reception kiosk</source>
        <translation>Der Kiosk am Empfang</translation>
    </message>
    <message>
        <source>The staff corner ({corner}) of the kiosk screen.</source>
        <translation>Die Personal-Ecke ({corner}) des Kiosk-Bildschirms.</translation>
    </message>
    <message>
        <source>bodymap quick guide</source>
        <translation>bodymap-Kurzanleitung</translation>
    </message>
    <message>
        <source>Quick guide: {name}</source>
        <translation>Kurzanleitung: {name}</translation>
    </message>
</context>
<context>
    <name>GuideShortcuts</name>
    <message>
        <source>Close bodymap; unsaved session changes are offered for saving first</source>
        <translation>bodymap schließen; ungespeicherte Änderungen der Sitzung können vorher gespeichert werden</translation>
    </message>
    <message>
        <source>Deselect the muscle, region or nerve and show the overview text; the zoom stays</source>
        <translation>Die Auswahl von Muskel, Region oder Nerv aufheben und den Übersichtstext zeigen; der Zoom bleibt</translation>
    </message>
    <message>
        <source>Enlarge the drawing (the mouse wheel zooms too)</source>
        <translation>Die Zeichnung vergrößern (auch mit dem Mausrad)</translation>
    </message>
    <message>
        <source>Make the drawing smaller to see more of the body</source>
        <translation>Die Zeichnung verkleinern, um mehr vom Körper zu sehen</translation>
    </message>
    <message>
        <source>Show or hide the Details card: origin, insertion, nerve supply, action and sources of the selected muscle or nerve</source>
        <translation>Den Steckbrief ein- oder ausblenden: Ursprung, Ansatz, Innervation, Funktion und Quellen des gewählten Muskels oder Nervs</translation>
    </message>
    <message>
        <source>Show or hide the notes panel: your notes on this session, saved with it</source>
        <translation>Das Notizfeld ein- oder ausblenden: Ihre Notizen zu dieser Sitzung, die mit ihr gespeichert werden</translation>
    </message>
    <message>
        <source>Save the session to a new .bodymap file, keeping the old one</source>
        <translation>Die Sitzung in einer neuen .bodymap-Datei speichern; die alte bleibt erhalten</translation>
    </message>
    <message>
        <source>Print the client's handout on paper: the same pages as the exported PDF</source>
        <translation>Das Merkblatt für den Klienten auf Papier drucken: dieselben Seiten wie das exportierte PDF</translation>
    </message>
    <message>
        <source>Elsewhere (toolbar, drawing)</source>
        <translation>Anderswo (Werkzeugleiste, Zeichnung)</translation>
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
        <translation>Wie kann sich ein Muskel wie Ischias anfühlen?</translation>
    </message>
    <message>
        <source>Touch anywhere to start</source>
        <translation>Zum Starten irgendwo berühren</translation>
    </message>
    <message>
        <source>This is piriformis, a small muscle deep in the buttock.</source>
        <translation>Das ist der Piriformis, ein kleiner Muskel tief im Gesäß.</translation>
    </message>
    <message>
        <source>A trigger point in it can send pain over the buttock and down the back of the thigh.</source>
        <translation>Ein Triggerpunkt darin kann Schmerz über das Gesäß bis in die Oberschenkelrückseite schicken.</translation>
    </message>
    <message>
        <source>The sciatic nerve usually runs just below it, and the two pains can feel alike.</source>
        <translation>Der Ischiasnerv verläuft meist direkt darunter, und beide Schmerzen können sich ähnlich anfühlen.</translation>
    </message>
    <message>
        <source>Touch the drawing to see how muscles and the sciatic nerve can cause pain in the buttock and leg.</source>
        <translation>Berühren Sie die Zeichnung, um zu sehen, wie Muskeln und der Ischiasnerv Schmerzen in Gesäß und Bein auslösen können.</translation>
    </message>
</context>
<context>
    <name>KioskIdleReset</name>
    <message>
        <source>Starting again in {seconds}…</source>
        <translation>Neustart in {seconds} …</translation>
    </message>
    <message>
        <source>Touch anywhere to stay</source>
        <translation>Irgendwo berühren, um zu bleiben</translation>
    </message>
</context>
<context>
    <name>KioskLayout</name>
    <message>
        <source>&lt;b&gt;Talk to your therapist&lt;/b&gt; about your pain: this map shows typical patterns, not what is causing yours.</source>
        <translation>&lt;b&gt;Sprechen Sie mit Ihrem Therapeuten&lt;/b&gt; über Ihren Schmerz: Diese Karte zeigt typische Muster, nicht die Ursache Ihres Schmerzes.</translation>
    </message>
    <message>
        <source>Touch a muscle to learn about it · pinch to zoom · drag to move</source>
        <translation>Muskel antippen für mehr · zwei Finger: zoomen · ziehen: verschieben</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>⟲ Start again</source>
        <translation>⟲ Neu beginnen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Whole body</source>
        <translation>Ganzer Körper</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Seiten tauschen</translation>
    </message>
    <message>
        <source>⚠ Urgent signs</source>
        <translation>⚠ Warnzeichen</translation>
    </message>
    <message>
        <source>Show the kiosk in {language}</source>
        <translation>Kiosk auf {language} anzeigen</translation>
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
        <translation>Für diesen Kiosk ist keine Personal-PIN gesetzt, daher kann er nicht am Bildschirm verlassen werden. Setzen Sie eine mit: bodymap --set-kiosk-pin --config PFAD</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
        <translation>Falsche PIN. Erneut versuchen in {int} s.</translation>
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
        <translation>Ischiasnerv und Äste</translation>
    </message>
    <message>
        <source>Nerve beneath muscle</source>
        <translation>Nerv unter dem Muskel</translation>
    </message>
    <message>
        <source>Stretch this muscle can press on</source>
        <translation>Abschnitt, auf den der Muskel drücken kann</translation>
    </message>
    <message>
        <source>Trigger point (typical)</source>
        <translation>Triggerpunkt (typisch)</translation>
    </message>
    <message>
        <source>Essential pain zone</source>
        <translation>Hauptschmerzzone</translation>
    </message>
    <message>
        <source>Spillover pain zone</source>
        <translation>Nebenschmerzzone</translation>
    </message>
    <message>
        <source>Zone mapped in a published figure</source>
        <translation>Zone in einer veröffentlichten Abbildung kartiert</translation>
    </message>
    <message>
        <source>Zone described in words only</source>
        <translation>Zone nur in Worten beschrieben</translation>
    </message>
    <message>
        <source>Zone inferred: no source maps it</source>
        <translation>Zone erschlossen: keine Quelle kartiert sie</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>Ihre Zeichnung</translation>
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
        <source>Peel the left side: Deep = gluteus maximus, erector spinae and gastrocnemius removed; Deepest = gluteus medius, quadratus femoris and soleus removed too</source>
        <translation>Linke Seite freilegen: Tief = Gluteus maximus, Erector spinae und Gastrocnemius entfernt; Tiefste = auch Gluteus medius, Quadratus femoris und Soleus entfernt</translation>
    </message>
    <message>
        <source>Depth shown on the right side</source>
        <translation>Tiefe auf der rechten Seite</translation>
    </message>
    <message>
        <source>Peel the right side: Deep = gluteus maximus, erector spinae and gastrocnemius removed; Deepest = gluteus medius, quadratus femoris and soleus removed too</source>
        <translation>Rechte Seite freilegen: Tief = Gluteus maximus, Erector spinae und Gastrocnemius entfernt; Tiefste = auch Gluteus medius, Quadratus femoris und Soleus entfernt</translation>
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
    <name>Months</name>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>Scene</name>
    <message>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>left</source>
        <translation>linken</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechten</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
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
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <source>Show leader-line labels (L)</source>
        <translation>Beschriftungen mit Hinweislinien zeigen (L)</translation>
    </message>
    <message>
        <source>Labels are hidden during the quiz</source>
        <translation>Beschriftungen sind während des Quiz ausgeblendet</translation>
    </message>
    <message>
        <source>Latin names (Terminologia Anatomica)</source>
        <translation>Lateinische Namen (Terminologia Anatomica)</translation>
    </message>
    <message>
        <source>Label structures with their Latin names</source>
        <translation>Strukturen mit ihren lateinischen Namen beschriften</translation>
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
        <translation>Wählen Sie in der Zeichnung einen Muskel oder Nerv (oder Tab, dann Eingabe), um seinen Steckbrief zu sehen.</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Quelle: {sources}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Quellen: {sources}</translation>
    </message>
    <message>
        <source>, left side</source>
        <translation>, linke Seite</translation>
    </message>
    <message>
        <source>, right side</source>
        <translation>, rechte Seite</translation>
    </message>
    <message>
        <source>Muscles of this region; choose one for its card:</source>
        <translation>Muskeln dieser Region; wählen Sie einen für seinen Steckbrief:</translation>
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
        <translation>Hautumriss</translation>
    </message>
    <message>
        <source>Bones and landmarks</source>
        <translation>Knochen und Orientierungspunkte</translation>
    </message>
    <message>
        <source>Superficial muscles</source>
        <translation>Oberflächliche Muskeln</translation>
    </message>
    <message>
        <source>Deep muscles</source>
        <translation>Tiefe Muskeln</translation>
    </message>
    <message>
        <source>Nerves</source>
        <translation>Nerven</translation>
    </message>
    <message>
        <source>Trigger points (of the selected muscle)</source>
        <translation>Triggerpunkte (des ausgewählten Muskels)</translation>
    </message>
    <message>
        <source>Referral zones (of the selected muscle)</source>
        <translation>Schmerzzonen (des ausgewählten Muskels)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <source>Dermatomes (L4, L5, S1, S2)</source>
        <translation>Dermatome (L4, L5, S1, S2)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <source>Sciatic nerve: hidden beneath gluteus maximus (drawn dashed).</source>
        <translation>Ischiasnerv: unter dem Gluteus maximus verborgen (gestrichelt gezeichnet).</translation>
    </message>
    <message>
        <source>Sciatic nerve: exposed, leaving the pelvis below piriformis and running down over the short rotators.</source>
        <translation>Ischiasnerv: freiliegend; er verlässt das Becken unter dem Piriformis und zieht über die kurzen Außenrotatoren nach unten.</translation>
    </message>
    <message>
        <source>Tibial nerve: exposed below the soleal arch, running down on tibialis posterior, beside flexor digitorum longus, to behind the inner ankle.</source>
        <translation>Nervus tibialis: unterhalb des Soleusbogens freiliegend; er zieht auf dem Tibialis posterior neben dem Flexor digitorum longus bis hinter den Innenknöchel.</translation>
    </message>
    <message>
        <source>Tibial nerve: passes beneath the tendinous arch of soleus into the deep calf, covered by soleus (drawn dashed).</source>
        <translation>Nervus tibialis: zieht unter dem Sehnenbogen des Soleus in die tiefe Wade, vom Soleus bedeckt (gestrichelt gezeichnet).</translation>
    </message>
    <message>
        <source>Tibial nerve: hidden beneath gastrocnemius and soleus (drawn dashed).</source>
        <translation>Nervus tibialis: unter Gastrocnemius und Soleus verborgen (gestrichelt gezeichnet).</translation>
    </message>
    <message>
        <source>Common fibular nerve: winds round the neck of the fibula beneath fibularis longus (drawn dashed).</source>
        <translation>Nervus fibularis communis: windet sich unter dem Fibularis longus um den Fibulahals (gestrichelt gezeichnet).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Shown in the buttock: {shown}.
{nerve}</source>
        <translation type="vanished">Im Gesäß gezeigt: {shown}.
{nerve}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show {layer}</source>
        <translation>{layer} anzeigen</translation>
    </message>
    <message>
        <source>Depth: peel the back, buttock and calf</source>
        <translation>Tiefe: Rücken, Gesäß und Wade freilegen</translation>
    </message>
    <message>
        <source>Peel the left side</source>
        <translation>Linke Seite freilegen</translation>
    </message>
    <message>
        <source>Peel the right side</source>
        <translation>Rechte Seite freilegen</translation>
    </message>
    <message>
        <source>Peel both sides together</source>
        <translation>Beide Seiten gemeinsam freilegen</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Left: {left}. Right: {right}.</source>
        <translation>Links: {left}. Rechts: {right}.</translation>
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
        <translation>Zeigen: {lower}{name}</translation>
    </message>
    <message>
        <source>Peel the {side} side so {name} is drawn again</source>
        <translation>Die {side} Seite freilegen, damit {name} wieder gezeichnet wird</translation>
    </message>
</context>
<context>
    <name>StudentQuizPanel</name>
    <message>
        <source>Both kinds of question</source>
        <translation>Beide Fragearten</translation>
    </message>
    <message>
        <source>Click the muscle on the drawing</source>
        <translation>Muskel in der Zeichnung anklicken</translation>
    </message>
    <message>
        <source>Which muscle refers pain here?</source>
        <translation>Welcher Muskel überträgt Schmerz hierher?</translation>
    </message>
    <message>
        <source>10 questions</source>
        <translation>10 Fragen</translation>
    </message>
    <message>
        <source>20 questions</source>
        <translation>20 Fragen</translation>
    </message>
    <message>
        <source>Every question</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Test yourself on the buttock and the back of the thigh. "Click the …" questions hide the labels: click the muscle on the drawing (or Tab to it and press Enter). Referral questions shade where a muscle sends pain: choose the muscle. Each question comes once per round; at the end you see what to revise.</source>
        <translation>Testen Sie sich an Gesäß und Oberschenkelrückseite. Bei „Klicken Sie auf …“-Fragen sind die Beschriftungen ausgeblendet: Klicken Sie den Muskel in der Zeichnung an (oder mit Tab hin und Eingabe). Bei Schmerzfragen ist schattiert, wohin ein Muskel Schmerz überträgt: Wählen Sie den Muskel. Jede Frage kommt einmal pro Runde; am Ende sehen Sie, was Sie wiederholen sollten.</translation>
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
        <translation>Antwort {value}</translation>
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
        <translation>Frage {done} von {length}</translation>
    </message>
    <message>
        <source>Score so far: {right} of {asked}</source>
        <translation>Bisheriges Ergebnis: {right} von {asked}</translation>
    </message>
    <message>
        <source>Shaded on the person's {side} side: solid = where the pain is usually felt, striped = where it may spread.</source>
        <translation>Schattiert auf der {side} Seite der Person: kräftig = wo der Schmerz meist gespürt wird, gestreift = wohin er ausstrahlen kann.</translation>
    </message>
    <message>
        <source>✓ Right: {name}.</source>
        <translation>✓ Richtig: {name}.</translation>
    </message>
    <message>
        <source>Outlined in green on the drawing.</source>
        <translation>In der Zeichnung grün umrandet.</translation>
    </message>
    <message>
        <source>✗ Not quite: you chose {given}.</source>
        <translation>✗ Nicht ganz: Sie wählten {given}.</translation>
    </message>
    <message>
        <source>The answer is {name}{extra}, outlined in blue on the drawing; a wrong pick is outlined in red.</source>
        <translation>Die Antwort ist {name}{extra}, in der Zeichnung blau umrandet; eine falsche Wahl ist rot umrandet.</translation>
    </message>
    <message>
        <source>Score: {right} of {asked}</source>
        <translation>Ergebnis: {right} von {asked}</translation>
    </message>
    <message>
        <source>See the summary</source>
        <translation>Zusammenfassung ansehen</translation>
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
        <translation>bodymap in hellen Farben zeigen (wird gemerkt)</translation>
    </message>
    <message>
        <source>Show bodymap in the dark colours (remembered)</source>
        <translation>bodymap in dunklen Farben zeigen (wird gemerkt)</translation>
    </message>
    <message>
        <source>Show bodymap in the high contrast colours (remembered)</source>
        <translation>bodymap in kontrastreichen Farben zeigen (wird gemerkt)</translation>
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
        <translation>Muskeln mit passendem Schmerzmuster</translation>
    </message>
    <message>
        <source>Muscles whose typical pain pattern matches the drawing, best match first:</source>
        <translation>Muskeln, deren typisches Schmerzmuster zur Zeichnung passt, bester Treffer zuerst:</translation>
    </message>
    <message>
        <source>Paint where it hurts with “Where does it hurt?”. Muscles whose referral zones match the drawing will be listed here.</source>
        <translation>Malen Sie mit „Wo tut es weh?“, wo es wehtut. Muskeln, deren Schmerzzonen zur Zeichnung passen, erscheinen hier.</translation>
    </message>
    <message>
        <source>No muscle on this map refers pain to the painted area. Pain there may have another cause: ask, examine, and check the urgent signs.</source>
        <translation>Kein Muskel dieser Karte überträgt Schmerz in die bemalte Fläche. Der Schmerz dort kann eine andere Ursache haben: fragen, untersuchen und die Warnzeichen prüfen.</translation>
    </message>
    <message>
        <source>A match is not a cause: referral patterns are typical, not the same in everyone, and patterns no source maps (drawn by analogy) count for half. A lead for the examination, not a diagnosis.</source>
        <translation>Eine Übereinstimmung ist keine Ursache: Schmerzmuster sind typisch, nicht bei allen gleich, und Muster ohne kartierende Quelle (per Analogie gezeichnet) zählen halb. Ein Hinweis für die Untersuchung, keine Diagnose.</translation>
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
        <translation> und </translation>
    </message>
    <message>
        <source>Painted: {area_percent:.1f} % of the back ({sides} side), worst {peak}/10.</source>
        <translation>Bemalt: {area_percent:.1f} % des Rückens (auf der {sides} Seite), stärkster Wert {peak}/10.</translation>
    </message>
    <message>
        <source>Select {name} on the {side} side</source>
        <translation>{name} auf der {side} Seite auswählen</translation>
    </message>
</context>
<context>
    <name>TherapistDrawing</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>am stärksten</translation>
    </message>
    <message>
        <source>Fine brush</source>
        <translation>Feiner Pinsel</translation>
    </message>
    <message>
        <source>Medium brush</source>
        <translation>Mittlerer Pinsel</translation>
    </message>
    <message>
        <source>Broad brush</source>
        <translation>Breiter Pinsel</translation>
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
        <translation>bodymap-Sitzungen (*.bodymap)</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Noch keine Sitzungen</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} Sitzungen</translation>
    </message>
    <message>
        <source>{what} · last {long_date}</source>
        <translation>{what} · zuletzt am {long_date}</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Klient bearbeiten</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Klient</translation>
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
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
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
        <translation>Die Bibliothek liegt nur auf diesem Computer: {path}</translation>
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
        <source>{name}, {sessions} sessions</source>
        <translation>{name}, {sessions} Sitzungen</translation>
    </message>
    <message>
        <source>No client's name starts with “{text}”.</source>
        <translation>Kein Klientenname beginnt mit „{text}“.</translation>
    </message>
    <message>
        <source>{len} of {total} clients</source>
        <translation>{len} von {total} Klienten</translation>
    </message>
    <message>
        <source>{total} clients (the first {len} shown: type to find)</source>
        <translation>{total} Klienten (die ersten {len} angezeigt: zum Suchen tippen)</translation>
    </message>
    <message>
        <source>{total} clients</source>
        <translation>{total} Klienten</translation>
    </message>
    <message>
        <source>No clients yet: add one.</source>
        <translation>Noch keine Klienten: Legen Sie einen an.</translation>
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
        <source>Born {long_date}. </source>
        <translation>Geboren am {long_date}. </translation>
    </message>
    <message>
        <source>No sessions yet. New session starts one for this client; Import files… brings in .bodymap session files.</source>
        <translation>Noch keine Sitzungen. Neue Sitzung beginnt eine für diesen Klienten; Dateien importieren… holt .bodymap-Sitzungsdateien herein.</translation>
    </message>
    <message>
        <source>nothing selected</source>
        <translation>nichts ausgewählt</translation>
    </message>
    <message>
        <source>drawing not summarised</source>
        <translation>Zeichnung nicht zusammengefasst</translation>
    </message>
    <message>
        <source>{painted:.1f} % painted, worst {peak}/10</source>
        <translation>{painted:.1f} % bemalt, stärkster Wert {peak}/10</translation>
    </message>
    <message>
        <source>no drawing</source>
        <translation>keine Zeichnung</translation>
    </message>
    <message>
        <source>Client not saved</source>
        <translation>Klient nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete {name} and all {sessions} of their sessions? Their drawings, notes and home plans will be lost. Sessions exported to files are not affected. This cannot be undone.</source>
        <translation>{name} und alle {sessions} Sitzungen löschen? Zeichnungen, Notizen und Übungspläne gehen verloren. In Dateien exportierte Sitzungen sind nicht betroffen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Klient löschen</translation>
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
        <source>{client} {date}.bodymap</source>
        <translation>{client} {date}.bodymap</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <source>Session not exported</source>
        <translation>Sitzung nicht exportiert</translation>
    </message>
    <message>
        <source>Delete {client}'s session of {long_date}? Its drawing, selection, notes and home plan will be lost. This cannot be undone.</source>
        <translation>Die Sitzung von {client} vom {long_date} löschen? Zeichnung, Auswahl, Notizen und Übungsplan gehen verloren. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Import sessions into this client</source>
        <translation>Sitzungen zu diesem Klienten importieren</translation>
    </message>
</context>
<context>
    <name>TherapistFilesHandout</name>
    <message>
        <source>bodymap handout: {title}</source>
        <translation>bodymap-Merkblatt: {title}</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>The language of the handout's text (the client's language)</source>
        <translation>Die Sprache des Merkblatt-Textes (die des Klienten)</translation>
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
        <source>Handout language:</source>
        <translation>Sprache des Merkblatts:</translation>
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
        <source>Export handout</source>
        <translation>Merkblatt exportieren</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
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
        <translation>{path}: Das PDF konnte nicht geschrieben werden ({reason}). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>{path}: the PDF could not be written. Choose a folder you can write to.</source>
        <translation>{path}: Das PDF konnte nicht geschrieben werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Handout saved: {path} ({pages} pages).</source>
        <translation>Merkblatt gespeichert: {path} ({pages} Seiten).</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Merkblatt drucken</translation>
    </message>
    <message>
        <source>Choose printer…</source>
        <translation>Drucker wählen…</translation>
    </message>
    <message>
        <source>Handout not printed</source>
        <translation>Merkblatt nicht gedruckt</translation>
    </message>
    <message>
        <source>The printer could not be used ({exc}). Check it is on and try again, or export a PDF instead.</source>
        <translation>Der Drucker konnte nicht verwendet werden ({exc}). Prüfen Sie, ob er eingeschaltet ist, und versuchen Sie es erneut, oder exportieren Sie ein PDF.</translation>
    </message>
</context>
<context>
    <name>TherapistFilesHandoutPages</name>
    <message>
        <source>bodymap: for education; it does not diagnose. Made on this computer; nothing was sent.</source>
        <translation>bodymap: zur Aufklärung; stellt keine Diagnose. Auf diesem Computer erstellt; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Seen from behind: the person's LEFT is on the left of the picture. Solid red: where pain is usually felt from this muscle's trigger points; red stripes: where it sometimes spreads; ✕: trigger points; yellow: the sciatic nerve.</source>
        <translation>Von hinten gesehen: LINKS der Person ist links im Bild. Kräftiges Rot: wo der Schmerz aus den Triggerpunkten dieses Muskels meist gespürt wird; rote Streifen: wohin er manchmal ausstrahlt; ✕: Triggerpunkte; gelb: der Ischiasnerv.</translation>
    </message>
    <message>
        <source>Pale red with a dash-dot edge: a pattern described in words, not drawn in a published map.</source>
        <translation>Blassrot mit Strich-Punkt-Rand: ein in Worten beschriebenes Muster, nicht in einer veröffentlichten Karte gezeichnet.</translation>
    </message>
    <message>
        <source>Red dotted outline, no fill: a pattern no source maps, drawn by likeness to a neighbouring muscle.</source>
        <translation>Rot gepunkteter Umriss ohne Füllung: ein Muster ohne kartierende Quelle, nach dem Vorbild eines Nachbarmuskels gezeichnet.</translation>
    </message>
    <message>
        <source>Violet, dotted: your own drawing of where you feel the pain.</source>
        <translation>Violett, gepunktet: Ihre eigene Zeichnung, wo Sie den Schmerz spüren.</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Für: {name}</translation>
    </message>
    <message>
        <source>From: {name}</source>
        <translation>Von: {name}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
</context>
<context>
    <name>TherapistFilesHomePlanPicker</name>
    <message>
        <source>Select a muscle, or draw where it hurts, to offer its self-care items here. Without ticked items the handout has no home plan page.</source>
        <translation>Wählen Sie einen Muskel oder zeichnen Sie, wo es wehtut, um hier seine Selbsthilfe-Übungen anzubieten. Ohne angehakte Punkte hat das Merkblatt keine Seite mit Übungsplan.</translation>
    </message>
    <message>
        <source>Tick what the client should do at home. Each item prints on a “Your home plan” page with its picture, how long and how often, when to stop, and the urgent signs.</source>
        <translation>Haken Sie an, was der Klient zu Hause tun soll. Jeder Punkt wird auf einer Seite „Ihr Übungsplan“ gedruckt, mit Bild, Dauer und Häufigkeit, wann aufhören und den Warnzeichen.</translation>
    </message>
    <message>
        <source>{title}, for {muscle_name}</source>
        <translation>{title}, für {muscle_name}</translation>
    </message>
    <message>
        <source>Your own line for this item (optional)</source>
        <translation>Ihre eigene Zeile zu diesem Punkt (optional)</translation>
    </message>
    <message>
        <source>Your line for {title}, {muscle_name}</source>
        <translation>Ihre Zeile zu {title}, {muscle_name}</translation>
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
        <translation>Bibliothek gesichert nach {out}.</translation>
    </message>
</context>
<context>
    <name>TherapistFilesProgressChart</name>
    <message>
        <source>{percent} %, peak {peak}</source>
        <translation>{percent} %, Höchstwert {peak}</translation>
    </message>
    <message>
        <source>{day} ({count} sessions; the last one shown): {figures}</source>
        <translation>{day} ({count} Sitzungen; die letzte gezeigt): {figures}</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Progress{who}</source>
        <translation>Verlauf{who}</translation>
    </message>
    <message>
        <source>Painted area (% of the back of the body)</source>
        <translation>Bemalte Fläche (% der Körperrückseite)</translation>
    </message>
    <message>
        <source>Peak intensity (0 = none, 10 = worst)</source>
        <translation>Höchste Stärke (0 = keiner, 10 = am stärksten)</translation>
    </message>
    <message>
        <source>Sessions: {table}.</source>
        <translation>Sitzungen: {table}.</translation>
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
        <source>Choose the sessions of one client</source>
        <translation>Sitzungen eines Klienten wählen</translation>
    </message>
    <message>
        <source>bodymap sessions (*.bodymap)</source>
        <translation>bodymap-Sitzungen (*.bodymap)</translation>
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
        <translation>Diese Sitzungen gehören zu {join}. Wählen Sie die Sitzungen eines einzigen Klienten, um seinen Verlauf zu sehen.</translation>
    </message>
</context>
<context>
    <name>TherapistFilesSessionActions</name>
    <message>
        <source>bodymap sessions (*.bodymap)</source>
        <translation>bodymap-Sitzungen (*.bodymap)</translation>
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
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
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
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>die Zeichnung</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>die Auswahl</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>die Notizen</translation>
    </message>
    <message>
        <source>the client's name</source>
        <translation>der Name des Klienten</translation>
    </message>
    <message>
        <source>the session date</source>
        <translation>das Sitzungsdatum</translation>
    </message>
    <message>
        <source>the home plan</source>
        <translation>der Übungsplan</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Sitzung nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved {store_name} in the client library (on this computer only).</source>
        <translation>{store_name} in der Klientenbibliothek gespeichert (nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>session {date}</source>
        <translation>Sitzung {date}</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Saved {name} (on this computer only).</source>
        <translation>{name} gespeichert (nur auf diesem Computer).</translation>
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
        <translation>{name} geöffnet, Sitzung vom {date}.</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} geöffnet.</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Änderungen an {name} speichern?</translation>
    </message>
    <message>
        <source>Changed since the last save: {listed}.</source>
        <translation>Seit dem letzten Speichern geändert: {listed}.</translation>
    </message>
    <message>
        <source>Session not found</source>
        <translation>Sitzung nicht gefunden</translation>
    </message>
    <message>
        <source>{text}: the file is no longer there (moved, renamed or deleted). It has been removed from the recent list.</source>
        <translation>{text}: Die Datei ist nicht mehr da (verschoben, umbenannt oder gelöscht). Sie wurde aus der Liste der zuletzt geöffneten entfernt.</translation>
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
        <translation>Hautareale der Nervenwurzeln (Dermatome) neben den Schmerzzonen zeigen</translation>
    </message>
    <message>
        <source>{tip} (Ctrl+Shift+D)</source>
        <translation>{tip} (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Nerve or muscle reading</source>
        <translation>Deutung Nerv oder Muskel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nerve or muscle?&lt;/b&gt; Blue dashed areas: nerve roots' skin areas.</source>
        <translation>&lt;b&gt;Nerv oder Muskel?&lt;/b&gt; Blau gestrichelt: Hautareale der Nervenwurzeln.</translation>
    </message>
    <message>
        <source>Read more, and what else it can be</source>
        <translation>Mehr lesen, und was es sonst sein kann</translation>
    </message>
    <message>
        <source>{head} {reading} &lt;a href='bodymap:{ARTICLE}'&gt;{more}&lt;/a&gt;</source>
        <translation>{head} {reading} &lt;a href='bodymap:{ARTICLE}'&gt;{more}&lt;/a&gt;</translation>
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
    <message>
        <source>Exit presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>their LEFT</source>
        <translation>ihre LINKE</translation>
    </message>
    <message>
        <source>their RIGHT</source>
        <translation>ihre RECHTE</translation>
    </message>
</context>
<context>
    <name>TherapistSearchBox</name>
    <message>
        <source>Find a muscle, nerve or region by name, nickname or abbreviation (Ctrl+F)</source>
        <translation>Muskel, Nerv oder Region nach Name, Spitzname oder Abkürzung suchen (Strg+F)</translation>
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
        <translation>Treffer ({how}) auf „{matched}“</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”. Try another name or nickname.</source>
        <translation>Nichts passt zu „{text}“. Versuchen Sie einen anderen Namen oder Spitznamen.</translation>
    </message>
    <message>
        <source>Selected {label}.</source>
        <translation>Ausgewählt: {label}.</translation>
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