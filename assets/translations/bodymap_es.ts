<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Application</name>
    <message>
        <source>bodymap hit a problem</source>
        <translation>bodymap ha tenido un problema</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

Your work is still open. The details were written to the log in {folder}.</source>
        <translation>Algo ha fallado: {summary}

Su trabajo sigue abierto. Los detalles se han guardado en el registro de {folder}.</translation>
    </message>
    <message>
        <source>bodymap cannot start</source>
        <translation>bodymap no puede iniciarse</translation>
    </message>
    <message>
        <source>This language cannot be shown</source>
        <translation>Este idioma no se puede mostrar</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <source>muscle</source>
        <translation>músculo</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>nerve</source>
        <translation>nervio</translation>
    </message>
    <message>
        <source>LEFT side (the person's own left)</source>
        <translation>lado IZQUIERDO (la izquierda de la propia persona)</translation>
    </message>
    <message>
        <source>RIGHT side (the person's own right)</source>
        <translation>lado DERECHO (la derecha de la propia persona)</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>superficial {kind}</source>
        <translation>{kind} superficial</translation>
    </message>
    <message>
        <source>deep {kind}</source>
        <translation>{kind} profundo</translation>
    </message>
    <message>
        <source>the sciatic nerve</source>
        <translation>el nervio ciático</translation>
    </message>
    <message>
        <source>the {names}</source>
        <translation>el {names}</translation>
    </message>
    <message>
        <source> and the </source>
        <translation> y el </translation>
    </message>
    <message>
        <source> (a branch of the sciatic nerve)</source>
        <translation> (una rama del nervio ciático)</translation>
    </message>
    <message>
        <source> (sciatic branches)</source>
        <translation> (ramas del nervio ciático)</translation>
    </message>
    <message>
        <source>&gt; **Lies against {nerves}.** The glowing yellow line on the drawing is the sciatic nerve and its branches; the orange glow marks the stretch this muscle can press on or irritate.</source>
        <translation>&gt; **Está en contacto con {nerves}.** La línea amarilla luminosa del dibujo es el nervio ciático con sus ramas; el brillo naranja marca el tramo que este músculo puede comprimir o irritar.</translation>
    </message>
    <message>
        <source>&gt; **Does not touch the sciatic nerve.** Its trigger points can refer pain that feels like sciatica ("pseudo-sciatica"): the nerve is lit on the drawing, but no stretch of it is marked, because this muscle does not press on it.</source>
        <translation>&gt; **No toca el nervio ciático.** Sus puntos gatillo pueden producir un dolor referido parecido a la ciática («pseudociática»): el nervio se ilumina en el dibujo, pero no se marca ningún tramo, porque este músculo no lo comprime.</translation>
    </message>
    <message>
        <source>Mapped (drawn from a published referral map).</source>
        <translation>Cartografiado (dibujado a partir de un mapa de dolor referido publicado).</translation>
    </message>
    <message>
        <source>Described (a source describes it in words; we found no drawn map).</source>
        <translation>Descrito (una fuente lo describe con palabras; no encontramos un mapa dibujado).</translation>
    </message>
    <message>
        <source>Inferred (no source maps it; drawn by analogy, so treat it as a likely guess).</source>
        <translation>Deducido (ninguna fuente lo cartografía; dibujado por analogía, tómelo como una suposición probable).</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>cartografiadas</translation>
    </message>
    <message>
        <source>only described in words</source>
        <translation>solo descritas con palabras</translation>
    </message>
    <message>
        <source>drawn by analogy</source>
        <translation>dibujadas por analogía</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Una</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Three</source>
        <translation>Tres</translation>
    </message>
    <message>
        <source>{count} of its zones is {grade} rather than {usual}.</source>
        <translation>{count} de sus zonas está {grade} y no {usual}.</translation>
    </message>
    <message>
        <source>{count} of its zones are {grade} rather than {usual}.</source>
        <translation>{count} de sus zonas están {grade} y no {usual}.</translation>
    </message>
    <message>
        <source>**On the drawing:** ✕ marks the typical trigger points; **solid red** is the essential zone (where referred pain is usually felt); **hatched red** is the spillover zone (felt by some people only). These are typical patterns, not rules: every body differs.</source>
        <translation>**En el dibujo:** ✕ marca los puntos gatillo típicos; el **rojo sólido** es la zona esencial (donde suele sentirse el dolor referido); el **rojo rayado** es la zona de extensión (solo la notan algunas personas). Son patrones típicos, no reglas: cada cuerpo es distinto.</translation>
    </message>
    <message>
        <source>Essential zone: {text}</source>
        <translation>Zona esencial: {text}</translation>
    </message>
    <message>
        <source>Spillover zone: {text}</source>
        <translation>Zona de extensión: {text}</translation>
    </message>
    <message>
        <source>How sure this map is: {text}</source>
        <translation>Grado de certeza de este mapa: {text}</translation>
    </message>
    <message>
        <source>Each zone's style shows how sure it is (see the legend): filled when mapped, pale with a dash-dot edge when only described, a dotted outline without fill when inferred.</source>
        <translation>El estilo de cada zona indica su grado de certeza (vea la leyenda): rellena si está cartografiada, pálida con borde de trazo y punto si solo está descrita, y solo un contorno punteado si es deducida.</translation>
    </message>
    <message>
        <source>**Muscles in this region** (outlined in blue on the drawing):</source>
        <translation>**Músculos de esta región** (contorneados en azul en el dibujo):</translation>
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
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Urgent warning signs</source>
        <translation>Señales de alarma urgentes</translation>
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
        <translation>Superficial</translation>
    </message>
    <message>
        <source>Gluteus maximus removed</source>
        <translation>Sin glúteo mayor</translation>
    </message>
    <message>
        <source>Gluteus medius removed</source>
        <translation>Sin glúteo medio</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Profundo</translation>
    </message>
    <message>
        <source>Deepest</source>
        <translation>Más profundo</translation>
    </message>
</context>
<context>
    <name>FitToolbar</name>
    <message>
        <source>View controls</source>
        <translation>Controles de vista</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Quick guide</source>
        <translation>Guía rápida</translation>
    </message>
    <message>
        <source>A short illustrated guide for therapists, students and kiosk staff</source>
        <translation>Una breve guía ilustrada para terapeutas, estudiantes y personal del quiosco</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation>Todos los atajos de teclado de esta ventana</translation>
    </message>
</context>
<context>
    <name>GuideFirstRun</name>
    <message>
        <source>First steps</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Guía rápida</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Hide these hints for good</source>
        <translation>Ocultar estas indicaciones para siempre</translation>
    </message>
</context>
<context>
    <name>GuideQuickGuide</name>
    <message>
        <source>bodymap quick guide</source>
        <translation>Guía rápida de bodymap</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
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
        <translation>Toque el dibujo para ver cómo los músculos y el nervio ciático pueden causar dolor en la nalga y la pierna.</translation>
    </message>
</context>
<context>
    <name>KioskIdleReset</name>
    <message>
        <source>Touch anywhere to stay</source>
        <translation>Toque en cualquier lugar para seguir</translation>
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
        <translation>Hable con su terapeuta</translation>
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
        <translation>Solo personal: introduzca el PIN para cerrar el quiosco</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
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
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Show bodymap in %1</source>
        <translation>Mostrar bodymap en %1</translation>
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
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>bodymap: sciatica, muscles and trigger points</source>
        <translation>bodymap: ciática, músculos y puntos gatillo</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Dibujo</translation>
    </message>
    <message>
        <source>Text panel</source>
        <translation>Panel de texto</translation>
    </message>
    <message>
        <source>Click a muscle, region or nerve. Wheel zooms, dragging pans. LEFT and RIGHT are the person's own sides.</source>
        <translation>Haga clic en un músculo, una región o un nervio. La rueda amplía, arrastrar desplaza. IZQUIERDA y DERECHA son los lados de la propia persona.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Back to the overview, nothing selected</source>
        <translation>Volver a la vista general, sin selección</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Quitar la selección</translation>
    </message>
    <message>
        <source>Fit body</source>
        <translation>Ajustar cuerpo</translation>
    </message>
    <message>
        <source>Fit the whole body to the window</source>
        <translation>Mostrar el cuerpo entero en la ventana</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Cambiar lados</translation>
    </message>
    <message>
        <source>Swap which side shows the deep muscles</source>
        <translation>Cambiar el lado que muestra los músculos profundos</translation>
    </message>
    <message>
        <source>Urgent signs</source>
        <translation>Señales urgentes</translation>
    </message>
    <message>
        <source>When to seek urgent medical help</source>
        <translation>Cuándo buscar ayuda médica urgente</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Aviso legal</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation>Acerca de bodymap</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Depth shown on the left side</source>
        <translation>Profundidad del lado izquierdo</translation>
    </message>
    <message>
        <source>Peel the left side: Deep = gluteus maximus removed, Deepest = gluteus medius removed too</source>
        <translation>Descubrir el lado izquierdo: Profundo = sin glúteo mayor, Más profundo = sin glúteo medio también</translation>
    </message>
    <message>
        <source>Depth shown on the right side</source>
        <translation>Profundidad del lado derecho</translation>
    </message>
    <message>
        <source>Peel the right side: Deep = gluteus maximus removed, Deepest = gluteus medius removed too</source>
        <translation>Descubrir el lado derecho: Profundo = sin glúteo mayor, Más profundo = sin glúteo medio también</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Izq.:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Der.:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&lt;p&gt;A map of the back of the body that explains how muscles and trigger points can cause sciatica-like pain.&lt;/p&gt;&lt;p&gt;For education only: it does not diagnose or replace a health professional. Referral patterns are typical, not the same in everyone.&lt;/p&gt;&lt;p&gt;Free and open-source software. Nothing you do in it leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un mapa de la parte posterior del cuerpo que explica cómo los músculos y los puntos gatillo pueden causar un dolor parecido a la ciática.&lt;/p&gt;&lt;p&gt;Solo con fines educativos: no diagnostica ni sustituye a un profesional sanitario. Los patrones de dolor referido son típicos, no iguales en todas las personas.&lt;/p&gt;&lt;p&gt;Software libre y de código abierto. Nada de lo que haga en él sale de este ordenador.&lt;/p&gt;</translation>
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
        <translation>Capas</translation>
    </message>
    <message>
        <source>Show or hide the Layers panel: layers and depth peeling</source>
        <translation>Mostrar u ocultar el panel Capas: capas y profundidad</translation>
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
        <translation>Cuestionario…</translation>
    </message>
    <message>
        <source>Test yourself: find muscles and name referral patterns</source>
        <translation>Póngase a prueba: encuentre músculos y nombre patrones de dolor referido</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>&amp;Estudio</translation>
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
        <translation>Ficha de detalles</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
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
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show {layer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Depth: peel the buttock</source>
        <translation>Profundidad: descubrir la nalga</translation>
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
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Left: {left}. Right: {right}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
</context>
<context>
    <name>StudentPeelNote</name>
    <message>
        <source>Depth note</source>
        <translation>Nota de profundidad</translation>
    </message>
    <message>
        <source>Show the hidden muscle</source>
        <translation>Mostrar el músculo oculto</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Ocultar esta nota</translation>
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
        <translation>Tipo de pregunta</translation>
    </message>
    <message>
        <source>Questions in a round</source>
        <translation>Preguntas por ronda</translation>
    </message>
    <message>
        <source>How many questions one round asks</source>
        <translation>Cuántas preguntas tiene una ronda</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>Empezar el cuestionario</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>Next question (N)</source>
        <translation>Siguiente pregunta (N)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Leave quiz</source>
        <translation>Salir del cuestionario</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
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
        <translation>Contorneado en verde en el dibujo.</translation>
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
        <translation>Ronda terminada</translation>
    </message>
</context>
<context>
    <name>StudentTheme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
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
        <translation>Contornos negros y colores intensos, más fáciles de ver (Ctrl+Mayús+H)</translation>
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
        <translation>Resumen del dibujo del dolor</translation>
    </message>
    <message>
        <source>Candidate muscles, best match first</source>
        <translation>Músculos candidatos, el más coincidente primero</translation>
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
        <translation>¿Dónde duele?</translation>
    </message>
    <message>
        <source>Paint where it hurts on the body (mouse or finger)</source>
        <translation>Pinte en el cuerpo dónde duele (ratón o dedo)</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Goma</translation>
    </message>
    <message>
        <source>Rub out part of the drawing</source>
        <translation>Borrar parte del dibujo</translation>
    </message>
    <message>
        <source>Undo drawing</source>
        <translation>Deshacer dibujo</translation>
    </message>
    <message>
        <source>Undo the last change to the drawing</source>
        <translation>Deshacer el último cambio del dibujo</translation>
    </message>
    <message>
        <source>Redo drawing</source>
        <translation>Rehacer dibujo</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rehacer el cambio recién deshecho</translation>
    </message>
    <message>
        <source>Clear drawing</source>
        <translation>Borrar dibujo</translation>
    </message>
    <message>
        <source>Remove the whole drawing (can be undone)</source>
        <translation>Quitar todo el dibujo (se puede deshacer)</translation>
    </message>
    <message>
        <source>Pain drawing</source>
        <translation>Dibujo del dolor</translation>
    </message>
    <message>
        <source> Intensity: </source>
        <translation> Intensidad: </translation>
    </message>
    <message>
        <source>Pain intensity, 1 to 10</source>
        <translation>Intensidad del dolor, de 1 a 10</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Tamaño del pincel</translation>
    </message>
    <message>
        <source>Paint where it hurts, on the side where it hurts. Choose the intensity above; the eraser rubs out; Ctrl+Z undoes.</source>
        <translation>Pinte dónde duele, en el lado donde duele. Elija la intensidad arriba; la goma borra; Ctrl+Z deshace.</translation>
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
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <source>Date of birth (optional)</source>
        <translation>Fecha de nacimiento (opcional)</translation>
    </message>
    <message>
        <source>Notes about the client</source>
        <translation>Notas sobre el cliente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Kept in the client library on this computer only.</source>
        <translation>Se guarda solo en la biblioteca de clientes de este ordenador.</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>The day this session took place:</source>
        <translation>El día en que tuvo lugar esta sesión:</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Clients and their sessions</source>
        <translation>Clientes y sus sesiones</translation>
    </message>
    <message>
        <source>The library is kept on this computer only: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a client: type part of a name</source>
        <translation>Buscar un cliente: escriba parte del nombre</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>Nuevo &amp;cliente…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Eliminar cliente…</translation>
    </message>
    <message>
        <source>Sessions of this client, oldest first</source>
        <translation>Sesiones de este cliente, la más antigua primero</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>&amp;Abrir sesión</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>Change &amp;date…</source>
        <translation>Cambiar &amp;fecha…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Eliminar sesión…</translation>
    </message>
    <message>
        <source>&amp;Progress chart</source>
        <translation>Gráfico de &amp;evolución</translation>
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
        <translation>Ningún cliente elegido</translation>
    </message>
    <message>
        <source>Choose a client on the left, or add a new one.</source>
        <translation>Elija un cliente a la izquierda o añada uno nuevo.</translation>
    </message>
    <message>
        <source>Client not saved</source>
        <translation>Cliente no guardado</translation>
    </message>
    <message>
        <source>Date not changed</source>
        <translation>Fecha no cambiada</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Exportar sesión</translation>
    </message>
    <message>
        <source>Session not exported</source>
        <translation>Sesión no exportada</translation>
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
        <translation>Nombre del terapeuta:</translation>
    </message>
    <message>
        <source>Client's name:</source>
        <translation>Nombre del cliente:</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Tamaño del papel:</translation>
    </message>
    <message>
        <source>Home plan:</source>
        <translation>Plan para casa:</translation>
    </message>
    <message>
        <source>The handout is made on this computer; nothing is sent anywhere.</source>
        <translation>La hoja se crea en este ordenador; no se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>&amp;Export handout…</source>
        <translation>&amp;Exportar hoja para el cliente…</translation>
    </message>
    <message>
        <source>Write a PDF for the client: the body map, the plain explanation, the home plan, urgent signs and the disclaimer</source>
        <translation>Crear un PDF para el cliente: el mapa corporal, la explicación sencilla, el plan para casa, las señales urgentes y el aviso legal</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir hoja para el cliente…</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Guardar la hoja como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout not saved</source>
        <translation>Hoja no guardada</translation>
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
        <translation>Imprimir hoja para el cliente</translation>
    </message>
    <message>
        <source>Handout not printed</source>
        <translation>Hoja no impresa</translation>
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
        <translation>Su propia línea para este punto (opcional)</translation>
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
        <translation>&amp;Clientes…</translation>
    </message>
    <message>
        <source>Find a client and their sessions</source>
        <translation>Buscar un cliente y sus sesiones</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>Start an empty session</source>
        <translation>Empezar una sesión vacía</translation>
    </message>
    <message>
        <source>Back &amp;up library…</source>
        <translation>Copia de &amp;seguridad de la biblioteca…</translation>
    </message>
    <message>
        <source>Write a copy of the client library</source>
        <translation>Guardar una copia de la biblioteca de clientes</translation>
    </message>
    <message>
        <source>Client library not opened</source>
        <translation>Biblioteca de clientes no abierta</translation>
    </message>
    <message>
        <source>Session not opened</source>
        <translation>Sesión no abierta</translation>
    </message>
    <message>
        <source>Back up the client library</source>
        <translation>Hacer una copia de seguridad de la biblioteca de clientes</translation>
    </message>
    <message>
        <source>bodymap library (*.sqlite3)</source>
        <translation>Biblioteca de bodymap (*.sqlite3)</translation>
    </message>
    <message>
        <source>Library not backed up</source>
        <translation>Biblioteca no copiada</translation>
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
        <translation>&amp;Evolución…</translation>
    </message>
    <message>
        <source>Chart a client's painted area and peak intensity over sessions</source>
        <translation>Gráfico del área pintada y la intensidad máxima de un cliente a lo largo de las sesiones</translation>
    </message>
    <message>
        <source>Some sessions left out</source>
        <translation>Algunas sesiones se omitieron</translation>
    </message>
    <message>
        <source>Sessions of different clients</source>
        <translation>Sesiones de clientes distintos</translation>
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
        <translation>Nombre del cliente (opcional, queda en este ordenador)</translation>
    </message>
    <message>
        <source>Client's name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>The day of this session (the progress chart uses it)</source>
        <translation>El día de esta sesión (lo usa el gráfico de evolución)</translation>
    </message>
    <message>
        <source>Session date:</source>
        <translation>Fecha de la sesión:</translation>
    </message>
    <message>
        <source>Notes for this session: what was found, what was agreed…</source>
        <translation>Notas de esta sesión: qué se encontró, qué se acordó…</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de la sesión</translation>
    </message>
    <message>
        <source>Saved in the session file with the drawing.</source>
        <translation>Se guarda en el archivo de sesión con el dibujo.</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <source>Open a saved session: drawing, selection and notes</source>
        <translation>Abrir una sesión guardada: dibujo, selección y notas</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
        <source>Save the drawing, selection and notes to a .bodymap file</source>
        <translation>Guardar el dibujo, la selección y las notas en un archivo .bodymap</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Guardar sesión &amp;como…</translation>
    </message>
    <message>
        <source>Session &amp;notes</source>
        <translation>&amp;Notas de la sesión</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Sesión no guardada</translation>
    </message>
    <message>
        <source>Saved {store_name} in the client library (on this computer only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Saved {name} (on this computer only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Session not opened</source>
        <translation>Sesión no abierta</translation>
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
        <translation>Cambios sin guardar</translation>
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
        <translation>Sesión no encontrada</translation>
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
        <translation>¿Nervio o músculo?</translation>
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
        <translation>Lectura nervio o músculo</translation>
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
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type, for the client (F11)</source>
        <translation>Modo presentación: pantalla completa, letra grande, para el cliente (F11)</translation>
    </message>
    <message>
        <source>Full screen with large type; Esc leaves</source>
        <translation>Pantalla completa con letra grande; Esc para salir</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Salir de la presentación</translation>
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
        <translation>Buscar: piri, isquiotibiales, CL…</translation>
    </message>
    <message>
        <source>Search structures</source>
        <translation>Buscar estructuras</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
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
        <translation>Buscar…</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Body map</source>
        <translation>Mapa corporal</translation>
    </message>
    <message>
        <source>Drawing of the back of the body. Each muscle, nerve and region drawn is a button inside it: press one to select it and read about it, or Tab to walk them.</source>
        <translation>Dibujo de la parte posterior del cuerpo. Cada músculo, nervio y región dibujados es un botón: pulse uno para seleccionarlo y leer sobre él, o use Tab para recorrerlos.</translation>
    </message>
</context>
</TS>