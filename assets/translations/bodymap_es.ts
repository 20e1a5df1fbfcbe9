<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessibleMap</name>
    <message>
        <source>Select this structure and show its article</source>
        <translation>Seleccionar esta estructura y mostrar su artículo</translation>
    </message>
    <message>
        <source>Ring this structure on the drawing</source>
        <translation>Marcar esta estructura con un círculo en el dibujo</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>More {lower} tools</source>
        <translation type="vanished">Más herramientas: {lower}</translation>
    </message>
    <message>
        <source>search</source>
        <translation type="vanished">buscar</translation>
    </message>
    <message>
        <source>tool bar</source>
        <translation>barra de herramientas</translation>
    </message>
    <message>
        <source>More {title} tools</source>
        <translation>Más herramientas: {title}</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Clear {label}</source>
        <translation>Borrar {label}</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Borrar el texto</translation>
    </message>
    <message>
        <source>Split view</source>
        <translation>Vista dividida</translation>
    </message>
    <message>
        <source>Divider between {before} and {after}: drag to resize</source>
        <translation>Separador entre {before} y {after}: arrastre para cambiar el tamaño</translation>
    </message>
    <message>
        <source>Divider: drag to resize</source>
        <translation>Separador: arrastre para cambiar el tamaño</translation>
    </message>
    <message>
        <source>Divider (unused)</source>
        <translation>Separador (sin uso)</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Cambiar el tamaño de la ventana</translation>
    </message>
    <message>
        <source>Vertical scroll bar of {where}</source>
        <translation>Barra de desplazamiento vertical de {where}</translation>
    </message>
    <message>
        <source>Horizontal scroll bar of {where}</source>
        <translation>Barra de desplazamiento horizontal de {where}</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Barra de desplazamiento vertical</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Barra de desplazamiento horizontal</translation>
    </message>
    <message>
        <source>Choices: {what}</source>
        <translation>Opciones: {what}</translation>
    </message>
    <message>
        <source>Choices: {value}</source>
        <translation type="vanished">Opciones: {value}</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
</context>
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
        <source>**On the drawing:** ✕ marks the typical trigger points; **solid red** is the essential zone (where referred pain is usually felt); **striped red** is the spillover zone (felt by some people only). These are typical patterns, not rules: every body differs.</source>
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
        <translation>&lt;b&gt;⚠ Busque ayuda médica urgente&lt;/b&gt; si tiene entumecimiento alrededor de los genitales o el ano, problemas nuevos para orinar o defecar, o debilidad o ciática en ambas piernas. &lt;a href='bodymap:red-flags'{style}&gt;Lea las señales de alarma&lt;/a&gt;</translation>
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
    <name>Card</name>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation>Inserción</translation>
    </message>
    <message>
        <source>Nerve supply</source>
        <translation>Inervación</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Blood supply</source>
        <translation>Irrigación</translation>
    </message>
    <message>
        <source>Relation to the sciatic nerve</source>
        <translation>Relación con el nervio ciático</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Puntos gatillo</translation>
    </message>
    <message>
        <source>Referral pattern</source>
        <translation>Patrón de dolor referido</translation>
    </message>
    <message>
        <source>Roots</source>
        <translation>Raíces</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Trayecto</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Ramas</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Inerva</translation>
    </message>
    <message>
        <source>Skin territory</source>
        <translation>Territorio cutáneo</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
</context>
<context>
    <name>CoreAccessibleTree</name>
    <message>
        <source>Selected: {accessible_name}. The article beside the drawing explains it.</source>
        <translation>Seleccionado: {accessible_name}. El artículo junto al dibujo lo explica.</translation>
    </message>
</context>
<context>
    <name>CoreCandidates</name>
    <message>
        <source>covers {pct} of the painted area with its essential zone</source>
        <translation>cubre el {pct} del área pintada con su zona esencial</translation>
    </message>
    <message>
        <source>, {pct} more with its spillover zone</source>
        <translation>, {pct} más con su zona de extensión</translation>
    </message>
    <message>
        <source>covers {pct} of the painted area with its spillover zone</source>
        <translation>cubre el {pct} del área pintada con su zona de extensión</translation>
    </message>
    <message>
        <source>, {pct} with its essential zone</source>
        <translation>, {pct} con su zona esencial</translation>
    </message>
    <message>
        <source>; no source maps this pattern (it is drawn by analogy), so it counts for half</source>
        <translation>; ninguna fuente cartografía este patrón (está dibujado por analogía), así que cuenta la mitad</translation>
    </message>
    <message>
        <source>Pins and needles in a dermatome's pattern, with numbness or weakness, point to the nerve; a deep ache with no numbness or weakness fits a trigger point; both can coexist.</source>
        <translation>Un hormigueo con la forma de un dermatoma, con entumecimiento o debilidad, apunta al nervio; un dolor sordo y profundo sin entumecimiento ni debilidad encaja con un punto gatillo; ambos pueden coexistir.</translation>
    </message>
    <message>
        <source>skin area</source>
        <translation>área cutánea</translation>
    </message>
    <message>
        <source>skin areas</source>
        <translation>áreas cutáneas</translation>
    </message>
    <message>
        <source>{name}'s referral zones overlap the {join} {areas} drawn here, so where it hurts cannot tell them apart. {base}</source>
        <translation>Las zonas de dolor referido de {name} se solapan con {areas} {join} dibujadas aquí, así que el lugar del dolor no permite distinguirlos. {base}</translation>
    </message>
    <message>
        <source>{name}'s referral zones do not overlap the {span} skin areas drawn here. {base}</source>
        <translation>Las zonas de dolor referido de {name} no se solapan con las áreas cutáneas {span} dibujadas aquí. {base}</translation>
    </message>
</context>
<context>
    <name>CoreCareText</name>
    <message>
        <source>## Looking after it</source>
        <translation>## Cómo cuidarlo</translation>
    </message>
    <message>
        <source>## Care: for therapists and students</source>
        <translation>## Cuidados: para terapeutas y estudiantes</translation>
    </message>
    <message>
        <source>*Common self-help, not a cure: studies show small, short-term effects at best. Ask your therapist which of these suit you before you start.*</source>
        <translation>*Autoayuda habitual, no una cura: los estudios muestran, como mucho, efectos pequeños y breves. Pregunte a su terapeuta cuáles le convienen antes de empezar.*</translation>
    </message>
    <message>
        <source>**Ask a therapist.** A therapist can check where your pain comes from and show you what is safe for you to do at home. This screen does not give self-treatment steps, because what helps one person can harm another.</source>
        <translation>**Consulte a un terapeuta.** Un terapeuta puede comprobar de dónde viene su dolor y enseñarle lo que puede hacer en casa sin riesgo. Esta pantalla no da pasos de autotratamiento, porque lo que ayuda a una persona puede perjudicar a otra.</translation>
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

  **Cuánto tiempo:** {dose}

  **Cuándo parar:** {stop}</translation>
    </message>
    <message>
        <source>**What a therapist may do.** {client}</source>
        <translation>**Lo que puede hacer un terapeuta.** {client}</translation>
    </message>
    <message>
        <source>**What you can do at home** (your therapist can print these for you):

{items}</source>
        <translation>**Lo que puede hacer en casa** (su terapeuta puede imprimírselo):

{items}</translation>
    </message>
    <message>
        <source>**What can keep it going:**

{bullets}</source>
        <translation>**Lo que puede mantenerlo:**

{bullets}</translation>
    </message>
    <message>
        <source>**Ask first, and do not treat yourself, if:**

{bullets}</source>
        <translation>**Pregunte antes y no se trate usted mismo si:**

{bullets}</translation>
    </message>
    <message>
        <source>**What a therapist typically does.** {therapist}</source>
        <translation>**Lo que suele hacer un terapeuta.** {therapist}</translation>
    </message>
    <message>
        <source>**Evidence.** {evidence} {evidence2}</source>
        <translation>**Evidencia.** {evidence} {evidence2}</translation>
    </message>
    <message>
        <source>**Sources.** {sources}.</source>
        <translation>**Fuentes.** {sources}.</translation>
    </message>
</context>
<context>
    <name>CoreHandoutText</name>
    <message>
        <source>for therapists</source>
        <translation>para terapeutas</translation>
    </message>
    <message>
        <source>for therapists and teachers</source>
        <translation>para terapeutas y docentes</translation>
    </message>
    <message>
        <source>How the muscles of the hip and thigh relate to the sciatic nerve</source>
        <translation>Cómo se relacionan los músculos de la cadera y el muslo con el nervio ciático</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, lado izquierdo</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, lado derecho</translation>
    </message>
    <message>
        <source>{name}, {side} side</source>
        <translation type="vanished">{name}, lado {side}</translation>
    </message>
</context>
<context>
    <name>CoreHomePlan</name>
    <message>
        <source>Your home plan</source>
        <translation>Su plan para casa</translation>
    </message>
    <message>
        <source>Your therapist chose these for you. They are common self-help, not a cure: studies show small, short-term effects. Go gently; a strong but bearable ache is enough.</source>
        <translation>Su terapeuta los ha elegido para usted. Son autoayuda habitual, no una cura: los estudios muestran efectos pequeños y breves. Hágalo con suavidad; basta con una molestia fuerte pero soportable.</translation>
    </message>
</context>
<context>
    <name>CorePeel</name>
    <message>
        <source>{name} lies beneath {lower} at this depth on the {side} side, so {lower2} is selected now.</source>
        <translation>{name} está debajo de {lower} a esta profundidad en el lado {side}, así que ahora se selecciona {lower2}.</translation>
    </message>
    <message>
        <source>{name} is covered at this depth on the {side} side.</source>
        <translation>{name} queda cubierto a esta profundidad en el lado {side}.</translation>
    </message>
    <message>
        <source>{name} is peeled away on the {side} side at this depth.</source>
        <translation>{name} está retirado en el lado {side} a esta profundidad.</translation>
    </message>
</context>
<context>
    <name>CoreProgress</name>
    <message>
        <source>{what} stayed at {last:g}{unit}</source>
        <translation>{what} se mantuvo en {last:g}{unit}</translation>
    </message>
    <message>
        <source>fell</source>
        <translation>bajó</translation>
    </message>
    <message>
        <source>rose</source>
        <translation>subió</translation>
    </message>
    <message>
        <source>{what} {verb} from {first:g}{unit} to {last:g}{unit2}</source>
        <translation>{what} {verb} de {first:g}{unit} a {last:g}{unit2}</translation>
    </message>
    <message>
        <source>No sessions to compare.</source>
        <translation>No hay sesiones que comparar.</translation>
    </message>
    <message>
        <source>One session ({day}): {painted_percent:g} % of the back painted, peak intensity {peak_intensity} out of 10. Add more sessions to see a trend.</source>
        <translation>Una sesión ({day}): {painted_percent:g} % de la espalda pintado, intensidad máxima {peak_intensity} de 10. Añada más sesiones para ver una tendencia.</translation>
    </message>
    <message>
        <source>In {len} sessions on {day}</source>
        <translation>En {len} sesiones el {day}</translation>
    </message>
    <message>
        <source>From {day} to {day2} ({len} sessions on {days} days)</source>
        <translation>Del {day} al {day2} ({len} sesiones en {days} días)</translation>
    </message>
    <message>
        <source>From {day} to {day2} ({len} sessions)</source>
        <translation>Del {day} al {day2} ({len} sesiones)</translation>
    </message>
    <message>
        <source>the painted area</source>
        <translation>el área pintada</translation>
    </message>
    <message>
        <source>the peak intensity</source>
        <translation>la intensidad máxima</translation>
    </message>
    <message>
        <source> Both are lower: the pain covers less of the body and is milder.</source>
        <translation> Ambas son menores: el dolor ocupa menos cuerpo y es más leve.</translation>
    </message>
    <message>
        <source> Both are higher than at the start.</source>
        <translation> Ambas son mayores que al principio.</translation>
    </message>
    <message>
        <source>{span}, {area} and {peak}.{verdict}</source>
        <translation>{span}, {area} y {peak}.{verdict}</translation>
    </message>
</context>
<context>
    <name>CoreQuiz</name>
    <message>
        <source>Score: {correct} of {asked} ({percent}%).</source>
        <translation>Puntuación: {correct} de {asked} ({percent} %).</translation>
    </message>
    <message>
        <source>Revise:</source>
        <translation>Repasar:</translation>
    </message>
    <message>
        <source>Nothing to revise: every answer was right.</source>
        <translation>Nada que repasar: todas las respuestas fueron correctas.</translation>
    </message>
    <message>
        <source> on the person's {side} side</source>
        <translation> en el lado {side} de la persona</translation>
    </message>
    <message>
        <source>Click the {lower_first}{where}.</source>
        <translation>Haga clic en: {lower_first}{where}.</translation>
    </message>
    <message>
        <source>Which muscle refers pain to the shaded area?</source>
        <translation>¿Qué músculo refiere dolor a la zona sombreada?</translation>
    </message>
    <message>
        <source>where it lies on the drawing</source>
        <translation>dónde está en el dibujo</translation>
    </message>
    <message>
        <source>the referral pattern it shares as one of {group}</source>
        <translation>el patrón de dolor referido que comparte como uno de {group}</translation>
    </message>
    <message>
        <source>its referral pattern</source>
        <translation>su patrón de dolor referido</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>CoreTraversal</name>
    <message>
        <source>superficial layer</source>
        <translation>capa superficial</translation>
    </message>
    <message>
        <source>deep layer</source>
        <translation>capa profunda</translation>
    </message>
    <message>
        <source>{layer} layer</source>
        <translation>capa {layer}</translation>
    </message>
    <message>
        <source> Part of its course here lies beneath muscle (drawn dashed).</source>
        <translation> Parte de su trayecto aquí pasa bajo un músculo (dibujado discontinuo).</translation>
    </message>
    <message>
        <source> It lies against the sciatic nerve or its branches.</source>
        <translation> Está en contacto con el nervio ciático o sus ramas.</translation>
    </message>
    <message>
        <source> Press Enter to select it.</source>
        <translation> Pulse Intro para seleccionarlo.</translation>
    </message>
</context>
<context>
    <name>Depth</name>
    <message>
        <source>Superficial</source>
        <translation>Superficial</translation>
    </message>
    <message>
        <source>Gluteus maximus, erector spinae and gastrocnemius removed</source>
        <translation>Sin glúteo mayor, erector de la columna ni gastrocnemio</translation>
    </message>
    <message>
        <source>Gluteus medius, quadratus femoris and soleus removed too</source>
        <translation>Además sin glúteo medio, cuadrado femoral ni sóleo</translation>
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
    <message>
        <source>&lt;b&gt;Click a muscle&lt;/b&gt; to see what it does and where its trigger points send pain · &lt;b&gt;Where does it hurt?&lt;/b&gt;{draw_keys} lets your client paint their pain · &lt;b&gt;{guide_key}&lt;/b&gt; for the quick guide</source>
        <translation>&lt;b&gt;Haga clic en un músculo&lt;/b&gt; para ver qué hace y adónde envían dolor sus puntos gatillo · &lt;b&gt;¿Dónde duele?&lt;/b&gt;{draw_keys} deja que su cliente pinte su dolor · &lt;b&gt;{guide_key}&lt;/b&gt; abre la guía rápida</translation>
    </message>
</context>
<context>
    <name>GuideQuickGuide</name>
    <message>
        <source>The matching muscles</source>
        <translation>Los músculos coincidentes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click a muscle&lt;/b&gt;, a region or a nerve on the drawing: it is outlined in blue, the sciatic nerve lights up, and the text on the right explains it in plain words. Crosses (✕) mark its typical trigger points; solid red is where their pain is usually felt, striped red where it spreads in some people. Click empty space or press Esc to go back to the overview.</source>
        <translation>&lt;b&gt;Haga clic en un músculo&lt;/b&gt;, una región o un nervio del dibujo: se contornea en azul, el nervio ciático se ilumina y el texto de la derecha lo explica con palabras sencillas. Las cruces (✕) marcan sus puntos gatillo típicos; el rojo sólido es donde suele sentirse su dolor y el rojo rayado, hasta donde se extiende en algunas personas. Haga clic en un espacio vacío o pulse Esc para volver a la vista general.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt;{keys}: type a name or a nickname (“piri”, “glute med”, “QL”, “hamstrings”); Enter selects the first match.</source>
        <translation>&lt;b&gt;Buscar&lt;/b&gt;{keys}: escriba un nombre o un apodo («piri», «glúteo medio», «CL», «isquiotibiales»); Intro selecciona la primera coincidencia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where does it hurt?&lt;/b&gt;{keys}: your client paints where it hurts, from 1 to 10. &lt;i&gt;{escape}&lt;/i&gt; then lists the muscles whose typical referral zones cover the painting, best match first: a match is a lead for your examination, not a cause.</source>
        <translation>&lt;b&gt;¿Dónde duele?&lt;/b&gt;{keys}: su cliente pinta dónde le duele, de 1 a 10. &lt;i&gt;{escape}&lt;/i&gt; enumera entonces los músculos cuyas zonas típicas de dolor referido cubren lo pintado, el mejor primero: una coincidencia es una pista para su exploración, no una causa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nerve or muscle?&lt;/b&gt;{keys} lays the nerve roots' skin areas (the L4, L5, S1 and S2 dermatomes) over the selected muscle's pain zones, with a one-line reading of the difference.</source>
        <translation>&lt;b&gt;¿Nervio o músculo?&lt;/b&gt;{keys} superpone las áreas cutáneas de las raíces nerviosas (los dermatomas L4, L5, S1 y S2) a las zonas de dolor del músculo seleccionado, con una lectura de una línea sobre la diferencia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Present&lt;/b&gt;{keys}: full screen, large type and “their LEFT / their RIGHT” for the client; Esc leaves.</source>
        <translation>&lt;b&gt;Presentar&lt;/b&gt;{keys}: pantalla completa, letra grande y «su IZQUIERDA / su DERECHA» para el cliente; Esc para salir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Urgent signs&lt;/b&gt;{keys} is always one click away: the warning signs that need emergency care.</source>
        <translation>&lt;b&gt;Señales urgentes&lt;/b&gt;{keys} está siempre a un clic: las señales de alarma que requieren atención urgente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save session&lt;/b&gt;{keys} keeps the drawing, the selection and your notes; &lt;b&gt;Export handout…&lt;/b&gt;{keys2} writes a PDF for the client. Nothing leaves this computer.</source>
        <translation>&lt;b&gt;Guardar sesión&lt;/b&gt;{keys} conserva el dibujo, la selección y sus notas; &lt;b&gt;Exportar hoja para el cliente…&lt;/b&gt;{keys2} crea un PDF para el cliente. Nada sale de este ordenador.</translation>
    </message>
    <message>
        <source>In a session with a client</source>
        <translation>En una sesión con un cliente</translation>
    </message>
    <message>
        <source>Piriformis selected on the right: its trigger points and where their pain goes.</source>
        <translation>Piriforme seleccionado a la derecha: sus puntos gatillo y adónde va su dolor.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The person's LEFT is on your left: you look at their back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La IZQUIERDA de la persona está a su izquierda: usted mira su espalda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The left side shows the &lt;b&gt;superficial&lt;/b&gt; muscles and the right side the &lt;b&gt;deep&lt;/b&gt; ones; &lt;b&gt;Swap sides&lt;/b&gt;{keys} flips them.</source>
        <translation>El lado izquierdo muestra los músculos &lt;b&gt;superficiales&lt;/b&gt; y el derecho los &lt;b&gt;profundos&lt;/b&gt;; &lt;b&gt;Cambiar lados&lt;/b&gt;{keys} los intercambia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt;{keys} shows or hides the skin, bones, muscles, nerves, trigger points, zones, labels and dermatomes, and peels each side: Superficial, Deep (gluteus maximus removed), Deepest (gluteus medius removed too). If peeling hides the selected muscle, a note above the drawing says so, with a button that shows it again.</source>
        <translation type="vanished">&lt;b&gt;Capas&lt;/b&gt;{keys} muestra u oculta la piel, los huesos, los músculos, los nervios, los puntos gatillo, las zonas, los rótulos y los dermatomas, y descubre cada lado: Superficial, Profundo (sin glúteo mayor), Más profundo (también sin glúteo medio). Si al descubrir queda oculto el músculo seleccionado, una nota sobre el dibujo lo indica, con un botón que lo vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Kiosk staff</source>
        <translation>Personal del quiosco</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt;{keys} shows or hides the skin, bones, muscles, nerves, trigger points, zones, labels and dermatomes, and peels each side: {superficial}, {deep} ({deep_removed}), {deepest} ({deepest_removed}). If peeling hides the selected muscle, a note above the drawing says so, with a button that shows it again.</source>
        <translation>&lt;b&gt;Capas&lt;/b&gt;{keys} muestra u oculta la piel, los huesos, los músculos, los nervios, los puntos gatillo, las zonas, los rótulos y los dermatomas, y descubre cada lado: {superficial}, {deep} ({deep_removed}), {deepest} ({deepest_removed}). Si al descubrir queda oculto el músculo seleccionado, una nota sobre el dibujo lo indica, con un botón que lo vuelve a mostrar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Labels&lt;/b&gt;{keys} name every visible structure beside the figure; &lt;b&gt;Latin names&lt;/b&gt;{keys2} switch them to Terminologia Anatomica (&lt;i&gt;musculus piriformis&lt;/i&gt;).</source>
        <translation>&lt;b&gt;Rótulos&lt;/b&gt;{keys} nombra cada estructura visible junto a la figura; &lt;b&gt;Nombres latinos&lt;/b&gt;{keys2} los cambia a la Terminologia Anatomica (&lt;i&gt;musculus piriformis&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Details&lt;/b&gt;{keys}: the selected muscle's card (origin, insertion, nerve supply with roots, action, blood supply, relation to the sciatic nerve, trigger points and referral), each with its source.</source>
        <translation>&lt;b&gt;Detalles&lt;/b&gt;{keys}: la ficha del músculo seleccionado (origen, inserción, inervación con raíces, acción, irrigación, relación con el nervio ciático, puntos gatillo y dolor referido), cada dato con su fuente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz…&lt;/b&gt;{keys}: find a muscle on the drawing (labels hidden), or say which muscle refers pain to the zone shown.</source>
        <translation>&lt;b&gt;Cuestionario…&lt;/b&gt;{keys}: encuentre un músculo en el dibujo (sin rótulos) o diga qué músculo refiere dolor a la zona mostrada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard&lt;/b&gt;: click or Tab into the drawing, then Tab or the arrow keys walk the visible structures and Enter selects.</source>
        <translation>&lt;b&gt;Teclado&lt;/b&gt;: haga clic en el dibujo o llegue con Tab; después Tab o las flechas recorren las estructuras visibles e Intro selecciona.</translation>
    </message>
    <message>
        <source>Studying the gluteal region and the posterior thigh</source>
        <translation>Estudiar la región glútea y la parte posterior del muslo</translation>
    </message>
    <message>
        <source>The right side peeled to Deepest, superior gemellus selected: the short rotators with the sciatic nerve over them.</source>
        <translation>El lado derecho descubierto hasta Más profundo, gemelo superior seleccionado: los rotadores cortos con el nervio ciático encima.</translation>
    </message>
    <message>
        <source>Start it with &lt;code&gt;bodymap --kiosk&lt;/code&gt; (or with a config file whose &lt;code&gt;[kiosk]&lt;/code&gt; section says &lt;code&gt;enabled = true&lt;/code&gt;, given with &lt;code&gt;--config PATH&lt;/code&gt;). It runs full screen and locked down for touch; visitors cannot close it.</source>
        <translation>Se inicia con &lt;code&gt;bodymap --kiosk&lt;/code&gt; (o con un archivo de configuración cuya sección &lt;code&gt;[kiosk]&lt;/code&gt; diga &lt;code&gt;enabled = true&lt;/code&gt;, indicado con &lt;code&gt;--config PATH&lt;/code&gt;). Funciona a pantalla completa y bloqueado para uso táctil; los visitantes no pueden cerrarlo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set the staff PIN first&lt;/b&gt;: &lt;code&gt;bodymap --set-kiosk-pin --config PATH&lt;/code&gt; asks for it twice and stores only a salted hash. Without a PIN the kiosk cannot be left from the screen.</source>
        <translation>&lt;b&gt;Configure antes el PIN del personal&lt;/b&gt;: &lt;code&gt;bodymap --set-kiosk-pin --config PATH&lt;/code&gt; lo pide dos veces y solo guarda un hash con sal. Sin PIN no se puede salir del quiosco desde la pantalla.</translation>
    </message>
    <message>
        <source>&lt;b&gt;To leave&lt;/b&gt;: press and hold the {escape} corner for {long_press_seconds:g} seconds; a PIN pad opens. After 3 wrong PINs it waits 30 seconds before the next try, then longer each time.</source>
        <translation>&lt;b&gt;Para salir&lt;/b&gt;: mantenga pulsada la esquina ({escape}) durante {long_press_seconds:g} segundos; se abre un teclado de PIN. Tras 3 PIN incorrectos espera 30 segundos antes del siguiente intento, y cada vez más.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It starts again by itself&lt;/b&gt;: after {idle_seconds:g} seconds without a touch a {countdown_seconds}-second countdown shows, then everything the visitor did is wiped and the welcome loop returns. Nothing a visitor does is written to disk.</source>
        <translation>&lt;b&gt;Se reinicia solo&lt;/b&gt;: tras {idle_seconds:g} segundos sin que nadie lo toque aparece una cuenta atrás de {countdown_seconds} segundos; después se borra todo lo que hizo el visitante y vuelve la bienvenida. Nada de lo que hace un visitante se guarda en el disco.</translation>
    </message>
    <message>
        <source>The corner, the times and the text size are set in the config file; every key is described in &lt;code&gt;docs/kiosk.md&lt;/code&gt; in bodymap's source.</source>
        <translation>La esquina, los tiempos y el tamaño del texto se fijan en el archivo de configuración; cada clave se describe en &lt;code&gt;docs/kiosk.md&lt;/code&gt; en el código fuente de bodymap.</translation>
    </message>
    <message>
        <source>Running the reception kiosk</source>
        <translation>El quiosco de la recepción</translation>
    </message>
    <message>
        <source>The staff corner ({corner}) of the kiosk screen.</source>
        <translation>La esquina del personal ({corner}) de la pantalla del quiosco.</translation>
    </message>
    <message>
        <source>bodymap quick guide</source>
        <translation>Guía rápida de bodymap</translation>
    </message>
    <message>
        <source>Quick guide: {name}</source>
        <translation>Guía rápida: {name}</translation>
    </message>
</context>
<context>
    <name>GuideShortcuts</name>
    <message>
        <source>Close bodymap; unsaved session changes are offered for saving first</source>
        <translation>Cerrar bodymap; antes se ofrece guardar los cambios de la sesión sin guardar</translation>
    </message>
    <message>
        <source>Deselect the muscle, region or nerve and show the overview text; the zoom stays</source>
        <translation>Quitar la selección del músculo, la región o el nervio y mostrar el texto de la vista general; el zoom no cambia</translation>
    </message>
    <message>
        <source>Enlarge the drawing (the mouse wheel zooms too)</source>
        <translation>Ampliar el dibujo (la rueda del ratón también amplía y reduce)</translation>
    </message>
    <message>
        <source>Make the drawing smaller to see more of the body</source>
        <translation>Reducir el dibujo para ver más parte del cuerpo</translation>
    </message>
    <message>
        <source>Show or hide the Details card: origin, insertion, nerve supply, action and sources of the selected muscle or nerve</source>
        <translation>Mostrar u ocultar la ficha de detalles: origen, inserción, inervación, acción y fuentes del músculo o nervio seleccionado</translation>
    </message>
    <message>
        <source>Show or hide the notes panel: your notes on this session, saved with it</source>
        <translation>Mostrar u ocultar el panel de notas: sus notas sobre esta sesión, que se guardan con ella</translation>
    </message>
    <message>
        <source>Save the session to a new .bodymap file, keeping the old one</source>
        <translation>Guardar la sesión en un archivo .bodymap nuevo, conservando el anterior</translation>
    </message>
    <message>
        <source>Print the client's handout on paper: the same pages as the exported PDF</source>
        <translation>Imprimir en papel la hoja para el cliente: las mismas páginas que el PDF exportado</translation>
    </message>
    <message>
        <source>Elsewhere (toolbar, drawing)</source>
        <translation>En otros lugares (barra de herramientas, dibujo)</translation>
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
        <translation>¿Cómo puede un músculo parecer ciática?</translation>
    </message>
    <message>
        <source>Touch anywhere to start</source>
        <translation>Toque en cualquier lugar para empezar</translation>
    </message>
    <message>
        <source>This is piriformis, a small muscle deep in the buttock.</source>
        <translation>Este es el piriforme, un pequeño músculo profundo de la nalga.</translation>
    </message>
    <message>
        <source>A trigger point in it can send pain over the buttock and down the back of the thigh.</source>
        <translation>Un punto gatillo en él puede enviar dolor por la nalga y hacia la parte posterior del muslo.</translation>
    </message>
    <message>
        <source>The sciatic nerve usually runs just below it, and the two pains can feel alike.</source>
        <translation>El nervio ciático suele pasar justo por debajo, y los dos dolores pueden parecerse.</translation>
    </message>
    <message>
        <source>Touch the drawing to see how muscles and the sciatic nerve can cause pain in the buttock and leg.</source>
        <translation>Toque el dibujo para ver cómo los músculos y el nervio ciático pueden causar dolor en la nalga y la pierna.</translation>
    </message>
</context>
<context>
    <name>KioskIdleReset</name>
    <message>
        <source>Starting again in {seconds}…</source>
        <translation>Se reinicia en {seconds}…</translation>
    </message>
    <message>
        <source>Touch anywhere to stay</source>
        <translation>Toque en cualquier lugar para seguir</translation>
    </message>
</context>
<context>
    <name>KioskLayout</name>
    <message>
        <source>&lt;b&gt;Talk to your therapist&lt;/b&gt; about your pain: this map shows typical patterns, not what is causing yours.</source>
        <translation>&lt;b&gt;Hable con su terapeuta&lt;/b&gt; sobre su dolor: este mapa muestra patrones típicos, no lo que causa el suyo.</translation>
    </message>
    <message>
        <source>Touch a muscle to learn about it · pinch to zoom · drag to move</source>
        <translation>Toque un músculo para saber más · pellizque para ampliar · arrastre para mover</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>⟲ Start again</source>
        <translation>⟲ Empezar de nuevo</translation>
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
        <source>Whole body</source>
        <translation>Cuerpo entero</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Cambiar lados</translation>
    </message>
    <message>
        <source>⚠ Urgent signs</source>
        <translation>⚠ Señales urgentes</translation>
    </message>
    <message>
        <source>Show the kiosk in {language}</source>
        <translation>Mostrar el quiosco en {language}</translation>
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
        <translation>Este quiosco no tiene PIN de personal, así que no se puede cerrar desde la pantalla. Configure uno con: bodymap --set-kiosk-pin --config RUTA</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
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
        <translation>PIN incorrecto. Vuelva a intentarlo en {int} s.</translation>
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
        <translation>Nervio ciático y ramas</translation>
    </message>
    <message>
        <source>Nerve beneath muscle</source>
        <translation>Nervio bajo el músculo</translation>
    </message>
    <message>
        <source>Stretch this muscle can press on</source>
        <translation>Tramo que este músculo puede comprimir</translation>
    </message>
    <message>
        <source>Trigger point (typical)</source>
        <translation>Punto gatillo (típico)</translation>
    </message>
    <message>
        <source>Essential pain zone</source>
        <translation>Zona de dolor esencial</translation>
    </message>
    <message>
        <source>Spillover pain zone</source>
        <translation>Zona de extensión del dolor</translation>
    </message>
    <message>
        <source>Zone mapped in a published figure</source>
        <translation>Zona cartografiada en una figura publicada</translation>
    </message>
    <message>
        <source>Zone described in words only</source>
        <translation>Zona solo descrita con palabras</translation>
    </message>
    <message>
        <source>Zone inferred: no source maps it</source>
        <translation>Zona deducida: ninguna fuente la cartografía</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>Su dibujo</translation>
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
        <source>Peel the left side: Deep = gluteus maximus, erector spinae and gastrocnemius removed; Deepest = gluteus medius, quadratus femoris and soleus removed too</source>
        <translation>Descubrir el lado izquierdo: Profundo = sin glúteo mayor, erector de la columna ni gastrocnemio; Más profundo = además sin glúteo medio, cuadrado femoral ni sóleo</translation>
    </message>
    <message>
        <source>Depth shown on the right side</source>
        <translation>Profundidad del lado derecho</translation>
    </message>
    <message>
        <source>Peel the right side: Deep = gluteus maximus, erector spinae and gastrocnemius removed; Deepest = gluteus medius, quadratus femoris and soleus removed too</source>
        <translation>Descubrir el lado derecho: Profundo = sin glúteo mayor, erector de la columna ni gastrocnemio; Más profundo = además sin glúteo medio, cuadrado femoral ni sóleo</translation>
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
    <name>Months</name>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>Scene</name>
    <message>
        <source>LEFT</source>
        <translation>IZQUIERDA</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>DERECHA</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambos</translation>
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
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Show leader-line labels (L)</source>
        <translation>Mostrar rótulos con líneas guía (L)</translation>
    </message>
    <message>
        <source>Labels are hidden during the quiz</source>
        <translation>Los rótulos se ocultan durante el cuestionario</translation>
    </message>
    <message>
        <source>Latin names (Terminologia Anatomica)</source>
        <translation>Nombres latinos (Terminologia Anatomica)</translation>
    </message>
    <message>
        <source>Label structures with their Latin names</source>
        <translation>Rotular las estructuras con su nombre latino</translation>
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
        <translation>Seleccione un músculo o un nervio en el dibujo (o pulse Tab y luego Intro) para ver su ficha.</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Fuente: {sources}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fuentes: {sources}</translation>
    </message>
    <message>
        <source>, left side</source>
        <translation>, lado izquierdo</translation>
    </message>
    <message>
        <source>, right side</source>
        <translation>, lado derecho</translation>
    </message>
    <message>
        <source>Muscles of this region; choose one for its card:</source>
        <translation>Músculos de esta región; elija uno para ver su ficha:</translation>
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
        <translation>Contorno de la piel</translation>
    </message>
    <message>
        <source>Bones and landmarks</source>
        <translation>Huesos y referencias</translation>
    </message>
    <message>
        <source>Superficial muscles</source>
        <translation>Músculos superficiales</translation>
    </message>
    <message>
        <source>Deep muscles</source>
        <translation>Músculos profundos</translation>
    </message>
    <message>
        <source>Nerves</source>
        <translation>Nervios</translation>
    </message>
    <message>
        <source>Trigger points (of the selected muscle)</source>
        <translation>Puntos gatillo (del músculo seleccionado)</translation>
    </message>
    <message>
        <source>Referral zones (of the selected muscle)</source>
        <translation>Zonas de dolor referido (del músculo seleccionado)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Dermatomes (L4, L5, S1, S2)</source>
        <translation>Dermatomas (L4, L5, S1, S2)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Nalga</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <source>Sciatic nerve: hidden beneath gluteus maximus (drawn dashed).</source>
        <translation>Nervio ciático: oculto bajo el glúteo mayor (dibujado discontinuo).</translation>
    </message>
    <message>
        <source>Sciatic nerve: exposed, leaving the pelvis below piriformis and running down over the short rotators.</source>
        <translation>Nervio ciático: al descubierto, sale de la pelvis por debajo del piriforme y baja sobre los rotadores cortos.</translation>
    </message>
    <message>
        <source>Tibial nerve: exposed below the soleal arch, running down on tibialis posterior, beside flexor digitorum longus, to behind the inner ankle.</source>
        <translation>Nervio tibial: al descubierto bajo el arco del sóleo, baja sobre el tibial posterior, junto al flexor largo de los dedos, hasta detrás del tobillo interno.</translation>
    </message>
    <message>
        <source>Tibial nerve: passes beneath the tendinous arch of soleus into the deep calf, covered by soleus (drawn dashed).</source>
        <translation>Nervio tibial: pasa bajo el arco tendinoso del sóleo hacia la pantorrilla profunda, cubierto por el sóleo (dibujado discontinuo).</translation>
    </message>
    <message>
        <source>Tibial nerve: hidden beneath gastrocnemius and soleus (drawn dashed).</source>
        <translation>Nervio tibial: oculto bajo el gastrocnemio y el sóleo (dibujado discontinuo).</translation>
    </message>
    <message>
        <source>Common fibular nerve: winds round the neck of the fibula beneath fibularis longus (drawn dashed).</source>
        <translation>Nervio peroneo común: rodea el cuello del peroné bajo el peroneo largo (dibujado discontinuo).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Shown in the buttock: {shown}.
{nerve}</source>
        <translation type="vanished">Se muestra en la nalga: {shown}.
{nerve}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show {layer}</source>
        <translation>Mostrar {layer}</translation>
    </message>
    <message>
        <source>Depth: peel the back, buttock and calf</source>
        <translation>Profundidad: descubrir la espalda, la nalga y la pantorrilla</translation>
    </message>
    <message>
        <source>Peel the left side</source>
        <translation>Descubrir el lado izquierdo</translation>
    </message>
    <message>
        <source>Peel the right side</source>
        <translation>Descubrir el lado derecho</translation>
    </message>
    <message>
        <source>Peel both sides together</source>
        <translation>Descubrir ambos lados a la vez</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Left: {left}. Right: {right}.</source>
        <translation>Izquierdo: {left}. Derecho: {right}.</translation>
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
        <translation>Mostrar: {lower}{name}</translation>
    </message>
    <message>
        <source>Peel the {side} side so {name} is drawn again</source>
        <translation>Descubrir el lado {side} para que {name} vuelva a verse</translation>
    </message>
</context>
<context>
    <name>StudentQuizPanel</name>
    <message>
        <source>Both kinds of question</source>
        <translation>Ambos tipos de pregunta</translation>
    </message>
    <message>
        <source>Click the muscle on the drawing</source>
        <translation>Haga clic en el músculo del dibujo</translation>
    </message>
    <message>
        <source>Which muscle refers pain here?</source>
        <translation>¿Qué músculo refiere dolor aquí?</translation>
    </message>
    <message>
        <source>10 questions</source>
        <translation>10 preguntas</translation>
    </message>
    <message>
        <source>20 questions</source>
        <translation>20 preguntas</translation>
    </message>
    <message>
        <source>Every question</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>Test yourself on the buttock and the back of the thigh. "Click the …" questions hide the labels: click the muscle on the drawing (or Tab to it and press Enter). Referral questions shade where a muscle sends pain: choose the muscle. Each question comes once per round; at the end you see what to revise.</source>
        <translation>Póngase a prueba con la nalga y la parte posterior del muslo. Las preguntas «Haga clic en…» ocultan los rótulos: haga clic en el músculo del dibujo (o llegue con Tab y pulse Intro). Las preguntas de dolor referido sombrean adónde envía dolor un músculo: elija el músculo. Cada pregunta sale una vez por ronda; al final verá qué repasar.</translation>
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
        <translation>Respuesta {value}</translation>
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
        <translation>Pregunta {done} de {length}</translation>
    </message>
    <message>
        <source>Score so far: {right} of {asked}</source>
        <translation>Puntuación hasta ahora: {right} de {asked}</translation>
    </message>
    <message>
        <source>Shaded on the person's {side} side: solid = where the pain is usually felt, striped = where it may spread.</source>
        <translation>Sombreado en el lado {side} de la persona: sólido = donde suele sentirse el dolor, rayado = hasta donde puede extenderse.</translation>
    </message>
    <message>
        <source>✓ Right: {name}.</source>
        <translation>✓ Correcto: {name}.</translation>
    </message>
    <message>
        <source>Outlined in green on the drawing.</source>
        <translation>Contorneado en verde en el dibujo.</translation>
    </message>
    <message>
        <source>✗ Not quite: you chose {given}.</source>
        <translation>✗ No exactamente: eligió {given}.</translation>
    </message>
    <message>
        <source>The answer is {name}{extra}, outlined in blue on the drawing; a wrong pick is outlined in red.</source>
        <translation>La respuesta es {name}{extra}, contorneado en azul en el dibujo; una elección errónea se contornea en rojo.</translation>
    </message>
    <message>
        <source>Score: {right} of {asked}</source>
        <translation>Puntuación: {right} de {asked}</translation>
    </message>
    <message>
        <source>See the summary</source>
        <translation>Ver el resumen</translation>
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
        <translation>Mostrar bodymap en colores claros (se recuerda)</translation>
    </message>
    <message>
        <source>Show bodymap in the dark colours (remembered)</source>
        <translation>Mostrar bodymap en colores oscuros (se recuerda)</translation>
    </message>
    <message>
        <source>Show bodymap in the high contrast colours (remembered)</source>
        <translation>Mostrar bodymap en colores de alto contraste (se recuerda)</translation>
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
        <translation>Músculos con un patrón de dolor coincidente</translation>
    </message>
    <message>
        <source>Muscles whose typical pain pattern matches the drawing, best match first:</source>
        <translation>Músculos cuyo patrón típico de dolor coincide con el dibujo, el mejor primero:</translation>
    </message>
    <message>
        <source>Paint where it hurts with “Where does it hurt?”. Muscles whose referral zones match the drawing will be listed here.</source>
        <translation>Pinte dónde duele con «¿Dónde duele?». Aquí aparecerán los músculos cuyas zonas de dolor referido coincidan con el dibujo.</translation>
    </message>
    <message>
        <source>No muscle on this map refers pain to the painted area. Pain there may have another cause: ask, examine, and check the urgent signs.</source>
        <translation>Ningún músculo de este mapa refiere dolor al área pintada. El dolor ahí puede tener otra causa: pregunte, explore y revise las señales urgentes.</translation>
    </message>
    <message>
        <source>A match is not a cause: referral patterns are typical, not the same in everyone, and patterns no source maps (drawn by analogy) count for half. A lead for the examination, not a diagnosis.</source>
        <translation>Una coincidencia no es una causa: los patrones de dolor referido son típicos, no iguales en todas las personas, y los que ninguna fuente cartografía (dibujados por analogía) cuentan la mitad. Una pista para la exploración, no un diagnóstico.</translation>
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
        <translation> y </translation>
    </message>
    <message>
        <source>Painted: {area_percent:.1f} % of the back ({sides} side), worst {peak}/10.</source>
        <translation>Pintado: {area_percent:.1f} % de la espalda (lado {sides}), máximo {peak}/10.</translation>
    </message>
    <message>
        <source>Select {name} on the {side} side</source>
        <translation>Seleccionar {name} en el lado {side}</translation>
    </message>
</context>
<context>
    <name>TherapistDrawing</name>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>intenso</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>el peor</translation>
    </message>
    <message>
        <source>Fine brush</source>
        <translation>Pincel fino</translation>
    </message>
    <message>
        <source>Medium brush</source>
        <translation>Pincel medio</translation>
    </message>
    <message>
        <source>Broad brush</source>
        <translation>Pincel ancho</translation>
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
        <translation>Sesiones de bodymap (*.bodymap)</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Aún no hay sesiones</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sesiones</translation>
    </message>
    <message>
        <source>{what} · last {long_date}</source>
        <translation>{what} · última el {long_date}</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
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
        <source>d MMMM yyyy</source>
        <translation>d 'de' MMMM 'de' yyyy</translation>
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
        <translation>La biblioteca se guarda solo en este ordenador: {path}</translation>
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
        <source>{name}, {sessions} sessions</source>
        <translation>{name}, {sessions} sesiones</translation>
    </message>
    <message>
        <source>No client's name starts with “{text}”.</source>
        <translation>Ningún nombre de cliente empieza por «{text}».</translation>
    </message>
    <message>
        <source>{len} of {total} clients</source>
        <translation>{len} de {total} clientes</translation>
    </message>
    <message>
        <source>{total} clients (the first {len} shown: type to find)</source>
        <translation>{total} clientes (se muestran los primeros {len}: escriba para buscar)</translation>
    </message>
    <message>
        <source>{total} clients</source>
        <translation>{total} clientes</translation>
    </message>
    <message>
        <source>No clients yet: add one.</source>
        <translation>Aún no hay clientes: añada uno.</translation>
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
        <source>Born {long_date}. </source>
        <translation>Nacido/a el {long_date}. </translation>
    </message>
    <message>
        <source>No sessions yet. New session starts one for this client; Import files… brings in .bodymap session files.</source>
        <translation>Aún no hay sesiones. Nueva sesión empieza una para este cliente; Importar archivos… trae archivos de sesión .bodymap.</translation>
    </message>
    <message>
        <source>nothing selected</source>
        <translation>nada seleccionado</translation>
    </message>
    <message>
        <source>drawing not summarised</source>
        <translation>dibujo sin resumir</translation>
    </message>
    <message>
        <source>{painted:.1f} % painted, worst {peak}/10</source>
        <translation>{painted:.1f} % pintado, máximo {peak}/10</translation>
    </message>
    <message>
        <source>no drawing</source>
        <translation>sin dibujo</translation>
    </message>
    <message>
        <source>Client not saved</source>
        <translation>Cliente no guardado</translation>
    </message>
    <message>
        <source>Delete {name} and all {sessions} of their sessions? Their drawings, notes and home plans will be lost. Sessions exported to files are not affected. This cannot be undone.</source>
        <translation>¿Eliminar a {name} y sus {sessions} sesiones? Se perderán sus dibujos, notas y planes para casa. Las sesiones exportadas a archivos no se ven afectadas. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Eliminar cliente</translation>
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
        <source>{client} {date}.bodymap</source>
        <translation>{client} {date}.bodymap</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Exportar sesión</translation>
    </message>
    <message>
        <source>Session not exported</source>
        <translation>Sesión no exportada</translation>
    </message>
    <message>
        <source>Delete {client}'s session of {long_date}? Its drawing, selection, notes and home plan will be lost. This cannot be undone.</source>
        <translation>¿Eliminar la sesión de {client} del {long_date}? Se perderán su dibujo, selección, notas y plan para casa. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Import sessions into this client</source>
        <translation>Importar sesiones a este cliente</translation>
    </message>
</context>
<context>
    <name>TherapistFilesHandout</name>
    <message>
        <source>bodymap handout: {title}</source>
        <translation>Hoja de bodymap: {title}</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>The language of the handout's text (the client's language)</source>
        <translation>El idioma del texto de la hoja (el del cliente)</translation>
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
        <source>Handout language:</source>
        <translation>Idioma de la hoja:</translation>
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
        <source>Export handout</source>
        <translation>Exportar hoja para el cliente</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
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
        <translation>{path}: no se pudo escribir el PDF ({reason}). Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>{path}: the PDF could not be written. Choose a folder you can write to.</source>
        <translation>{path}: no se pudo escribir el PDF. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Handout saved: {path} ({pages} pages).</source>
        <translation>Hoja guardada: {path} ({pages} páginas).</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir hoja para el cliente</translation>
    </message>
    <message>
        <source>Choose printer…</source>
        <translation>Elegir impresora…</translation>
    </message>
    <message>
        <source>Handout not printed</source>
        <translation>Hoja no impresa</translation>
    </message>
    <message>
        <source>The printer could not be used ({exc}). Check it is on and try again, or export a PDF instead.</source>
        <translation>No se pudo usar la impresora ({exc}). Compruebe que está encendida y vuelva a intentarlo, o exporte un PDF.</translation>
    </message>
</context>
<context>
    <name>TherapistFilesHandoutPages</name>
    <message>
        <source>bodymap: for education; it does not diagnose. Made on this computer; nothing was sent.</source>
        <translation>bodymap: con fines educativos; no diagnostica. Hecho en este ordenador; no se envió nada.</translation>
    </message>
    <message>
        <source>Seen from behind: the person's LEFT is on the left of the picture. Solid red: where pain is usually felt from this muscle's trigger points; red stripes: where it sometimes spreads; ✕: trigger points; yellow: the sciatic nerve.</source>
        <translation>Visto desde atrás: la IZQUIERDA de la persona está a la izquierda de la imagen. Rojo sólido: donde suele sentirse el dolor de los puntos gatillo de este músculo; rayas rojas: hasta donde a veces se extiende; ✕: puntos gatillo; amarillo: el nervio ciático.</translation>
    </message>
    <message>
        <source>Pale red with a dash-dot edge: a pattern described in words, not drawn in a published map.</source>
        <translation>Rojo pálido con borde de trazo y punto: un patrón descrito con palabras, no dibujado en un mapa publicado.</translation>
    </message>
    <message>
        <source>Red dotted outline, no fill: a pattern no source maps, drawn by likeness to a neighbouring muscle.</source>
        <translation>Contorno rojo punteado, sin relleno: un patrón que ninguna fuente cartografía, dibujado por semejanza con un músculo vecino.</translation>
    </message>
    <message>
        <source>Violet, dotted: your own drawing of where you feel the pain.</source>
        <translation>Violeta, punteado: su propio dibujo de dónde siente el dolor.</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Para: {name}</translation>
    </message>
    <message>
        <source>From: {name}</source>
        <translation>De: {name}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
</context>
<context>
    <name>TherapistFilesHomePlanPicker</name>
    <message>
        <source>Select a muscle, or draw where it hurts, to offer its self-care items here. Without ticked items the handout has no home plan page.</source>
        <translation>Seleccione un músculo, o dibuje dónde duele, para ofrecer aquí sus ejercicios de autocuidado. Sin puntos marcados, la hoja no tiene página de plan para casa.</translation>
    </message>
    <message>
        <source>Tick what the client should do at home. Each item prints on a “Your home plan” page with its picture, how long and how often, when to stop, and the urgent signs.</source>
        <translation>Marque lo que el cliente debe hacer en casa. Cada punto se imprime en una página «Su plan para casa» con su imagen, cuánto tiempo y con qué frecuencia, cuándo parar y las señales urgentes.</translation>
    </message>
    <message>
        <source>{title}, for {muscle_name}</source>
        <translation>{title}, para {muscle_name}</translation>
    </message>
    <message>
        <source>Your own line for this item (optional)</source>
        <translation>Su propia línea para este punto (opcional)</translation>
    </message>
    <message>
        <source>Your line for {title}, {muscle_name}</source>
        <translation>Su línea para {title}, {muscle_name}</translation>
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
        <translation>Biblioteca copiada en {out}.</translation>
    </message>
</context>
<context>
    <name>TherapistFilesProgressChart</name>
    <message>
        <source>{percent} %, peak {peak}</source>
        <translation>{percent} %, máximo {peak}</translation>
    </message>
    <message>
        <source>{day} ({count} sessions; the last one shown): {figures}</source>
        <translation>{day} ({count} sesiones; se muestra la última): {figures}</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Progress{who}</source>
        <translation>Evolución{who}</translation>
    </message>
    <message>
        <source>Painted area (% of the back of the body)</source>
        <translation>Área pintada (% de la parte posterior del cuerpo)</translation>
    </message>
    <message>
        <source>Peak intensity (0 = none, 10 = worst)</source>
        <translation>Intensidad máxima (0 = nada, 10 = la peor)</translation>
    </message>
    <message>
        <source>Sessions: {table}.</source>
        <translation>Sesiones: {table}.</translation>
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
        <source>Choose the sessions of one client</source>
        <translation>Elija las sesiones de un solo cliente</translation>
    </message>
    <message>
        <source>bodymap sessions (*.bodymap)</source>
        <translation>Sesiones de bodymap (*.bodymap)</translation>
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
        <translation>Estas sesiones pertenecen a {join}. Elija las sesiones de un solo cliente para ver su evolución.</translation>
    </message>
</context>
<context>
    <name>TherapistFilesSessionActions</name>
    <message>
        <source>bodymap sessions (*.bodymap)</source>
        <translation>Sesiones de bodymap (*.bodymap)</translation>
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
        <source>d MMMM yyyy</source>
        <translation>d 'de' MMMM 'de' yyyy</translation>
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
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>el dibujo</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>la selección</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <source>the client's name</source>
        <translation>el nombre del cliente</translation>
    </message>
    <message>
        <source>the session date</source>
        <translation>la fecha de la sesión</translation>
    </message>
    <message>
        <source>the home plan</source>
        <translation>el plan para casa</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Sesión sin título</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Sesión no guardada</translation>
    </message>
    <message>
        <source>Saved {store_name} in the client library (on this computer only).</source>
        <translation>Guardado {store_name} en la biblioteca de clientes (solo en este ordenador).</translation>
    </message>
    <message>
        <source>session {date}</source>
        <translation>sesión {date}</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Saved {name} (on this computer only).</source>
        <translation>Guardado {name} (solo en este ordenador).</translation>
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
        <translation>Abierto {name}, sesión del {date}.</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Abierto {name}.</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>esta sesión</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>¿Guardar los cambios en {name}?</translation>
    </message>
    <message>
        <source>Changed since the last save: {listed}.</source>
        <translation>Cambiado desde que se guardó por última vez: {listed}.</translation>
    </message>
    <message>
        <source>Session not found</source>
        <translation>Sesión no encontrada</translation>
    </message>
    <message>
        <source>{text}: the file is no longer there (moved, renamed or deleted). It has been removed from the recent list.</source>
        <translation>{text}: el archivo ya no está (movido, renombrado o eliminado). Se ha quitado de la lista de recientes.</translation>
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
        <translation>Mostrar las áreas cutáneas de las raíces nerviosas (dermatomas) junto a las zonas de dolor referido</translation>
    </message>
    <message>
        <source>{tip} (Ctrl+Shift+D)</source>
        <translation>{tip} (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <source>Nerve or muscle reading</source>
        <translation>Lectura nervio o músculo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nerve or muscle?&lt;/b&gt; Blue dashed areas: nerve roots' skin areas.</source>
        <translation>&lt;b&gt;¿Nervio o músculo?&lt;/b&gt; Áreas azules discontinuas: áreas cutáneas de las raíces nerviosas.</translation>
    </message>
    <message>
        <source>Read more, and what else it can be</source>
        <translation>Leer más, y qué otra cosa puede ser</translation>
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
    <message>
        <source>Exit presentation</source>
        <translation>Salir de la presentación</translation>
    </message>
    <message>
        <source>their LEFT</source>
        <translation>su IZQUIERDA</translation>
    </message>
    <message>
        <source>their RIGHT</source>
        <translation>su DERECHA</translation>
    </message>
</context>
<context>
    <name>TherapistSearchBox</name>
    <message>
        <source>Find a muscle, nerve or region by name, nickname or abbreviation (Ctrl+F)</source>
        <translation>Buscar un músculo, nervio o región por nombre, apodo o abreviatura (Ctrl+F)</translation>
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
        <translation>Coincidencia ({how}) con «{matched}»</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”. Try another name or nickname.</source>
        <translation>Nada coincide con «{text}». Pruebe otro nombre o apodo.</translation>
    </message>
    <message>
        <source>Selected {label}.</source>
        <translation>Seleccionado: {label}.</translation>
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