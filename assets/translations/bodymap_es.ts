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
        <source>LEFT side (the person&apos;s own left)</source>
        <translation>lado IZQUIERDO (la izquierda de la propia persona)</translation>
    </message>
    <message>
        <source>RIGHT side (the person&apos;s own right)</source>
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
        <source>&gt; **Does not touch the sciatic nerve.** Its trigger points can refer pain that feels like sciatica (&quot;pseudo-sciatica&quot;): the nerve is lit on the drawing, but no stretch of it is marked, because this muscle does not press on it.</source>
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
        <source>Each zone&apos;s style shows how sure it is (see the legend): filled when mapped, pale with a dash-dot edge when only described, a dotted outline without fill when inferred.</source>
        <translation>El estilo de cada zona indica su grado de certeza (vea la leyenda): rellena si está cartografiada, pálida con borde de trazo y punto si solo está descrita, y solo un contorno punteado si es deducida.</translation>
    </message>
    <message>
        <source>**Muscles in this region** (outlined in blue on the drawing):</source>
        <translation>**Músculos de esta región** (contorneados en azul en el dibujo):</translation>
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
        <source>Click a muscle, region or nerve. Wheel zooms, dragging pans. LEFT and RIGHT are the person&apos;s own sides.</source>
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
</TS>
