<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Afterview is already running; its window was brought to the front.</source>
        <translation>Afterview ya está abierto; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>no graphical display found (DISPLAY and WAYLAND_DISPLAY are not set). The commands import, export and due work without one.</source>
        <translation>no se encontró ninguna pantalla gráfica (DISPLAY y WAYLAND_DISPLAY no están definidas). Los comandos import, export y due funcionan sin ella.</translation>
    </message>
</context>
<context>
    <name>Applications</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Siguiente acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Search company, position, stage or next action  (Ctrl+F)</source>
        <translation>Buscar por empresa, puesto, etapa o siguiente acción  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Buscar candidaturas</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>Number of applications shown</source>
        <translation>Número de candidaturas mostradas</translation>
    </message>
    <message>
        <source>No applications yet</source>
        <translation>Aún no hay candidaturas</translation>
    </message>
    <message>
        <source>Add the interview you just had: Afterview plans your thank-you letters and check-ins from it, and this page tells the story of each application, the next step first.</source>
        <translation>Añade la entrevista que acabas de tener: a partir de ella, Afterview planifica tus cartas de agradecimiento y tus seguimientos, y esta página cuenta la historia de cada candidatura, empezando por el siguiente paso.</translation>
    </message>
    <message>
        <source>Add the interview you just had</source>
        <translation>Añade la entrevista que acabas de tener</translation>
    </message>
    <message>
        <source>New interview…</source>
        <translation>Nueva entrevista…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Review interview…</source>
        <translation>Valorar la entrevista…</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Cartas…</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Registrar resultado…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>{count} application</source>
        <translation>{count} candidatura</translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation>{count} candidaturas</translation>
    </message>
    <message>
        <source>{shown} of {count} application</source>
        <translation>{shown} de {count} candidatura</translation>
    </message>
    <message>
        <source>{shown} of {count} applications</source>
        <translation>{shown} de {count} candidaturas</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar la versión del programa y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>What would success look like in this role after six months?</source>
        <translation>¿Qué se consideraría un éxito en este puesto al cabo de seis meses?</translation>
    </message>
    <message>
        <source>Who would I work with most closely, and how is the team organised?</source>
        <translation>¿Con quién trabajaría más de cerca y cómo está organizado el equipo?</translation>
    </message>
    <message>
        <source>What are the next steps, and when is a decision expected?</source>
        <translation>¿Cuáles son los siguientes pasos y cuándo está prevista una decisión?</translation>
    </message>
    <message>
        <source>Is there anything in my background that I could explain in more detail?</source>
        <translation>¿Hay algo de mi trayectoria que pueda explicarle con más detalle?</translation>
    </message>
    <message>
        <source>Preparation brief: {title}</source>
        <translation>Resumen de preparación: {title}</translation>
    </message>
    <message>
        <source>Questions to ask at the end</source>
        <translation>Preguntas para hacer al final</translation>
    </message>
    <message>
        <source>Interview on {when}</source>
        <translation>Entrevista el {when}</translation>
    </message>
    <message>
        <source>{kind} · {format} · {minutes} min</source>
        <translation>{kind} · {format} · {minutes} min</translation>
    </message>
    <message>
        <source>Where: {location}</source>
        <translation>Dónde: {location}</translation>
    </message>
    <message>
        <source>Who will interview you</source>
        <translation>Quién te entrevistará</translation>
    </message>
    <message>
        <source>Not known yet: ask the recruiter who you will meet.</source>
        <translation>Aún no se sabe: pregunta a la persona de selección con quién te vas a reunir.</translation>
    </message>
    <message>
        <source>Questions you rated 3 or lower</source>
        <translation>Preguntas que puntuaste con 3 o menos</translation>
    </message>
    <message>
        <source>None: no question you reviewed was rated 3 or lower.</source>
        <translation>Ninguna: no has puntuado con 3 o menos ninguna de las preguntas que valoraste.</translation>
    </message>
    <message>
        <source>{question} (rated {rating} of 5; {times}, last at {company} on {day})</source>
        <translation>{question} (puntuación: {rating} de 5; {times}, la última vez en {company} el {day})</translation>
    </message>
    <message>
        <source>asked {count} time</source>
        <translation>te la hicieron {count} vez</translation>
    </message>
    <message>
        <source>asked {count} times</source>
        <translation>te la hicieron {count} veces</translation>
    </message>
    <message>
        <source>Your latest answer: {answer}</source>
        <translation>Tu última respuesta: {answer}</translation>
    </message>
    <message>
        <source>To improve: {text}</source>
        <translation>Qué mejorar: {text}</translation>
    </message>
    <message>
        <source>What keeps coming back to improve</source>
        <translation>Lo que una y otra vez conviene mejorar</translation>
    </message>
    <message>
        <source>No point to improve has come back in two interviews yet.</source>
        <translation>Todavía ningún punto a mejorar se ha repetido en dos entrevistas.</translation>
    </message>
    <message>
        <source>{theme} (in {count} interviews)</source>
        <translation>{theme} (en {count} entrevistas)</translation>
    </message>
    <message>
        <source>Lessons from closed processes</source>
        <translation>Lecciones de procesos cerrados</translation>
    </message>
    <message>
        <source>{title}: {lessons}</source>
        <translation>{title}: {lessons}</translation>
    </message>
    <message>
        <source>No lessons written down yet.</source>
        <translation>Aún no has anotado ninguna lección.</translation>
    </message>
    <message>
        <source>Preparation brief…</source>
        <translation>Resumen de preparación…</translation>
    </message>
    <message>
        <source>Preparation brief</source>
        <translation>Resumen de preparación</translation>
    </message>
    <message>
        <source>What your own history says to prepare for the next interview</source>
        <translation>Qué preparar para la próxima entrevista según tu propio historial</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the preparation brief as PDF</source>
        <translation>Guardar el resumen de preparación como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Se guardó {file}.</translation>
    </message>
    <message>
        <source>We will remind you to read it again the evening before the interview.</source>
        <translation>Te recordaremos que vuelvas a leerlo la tarde antes de la entrevista.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>&apos;{name}&apos; is not a valid UTC offset.</source>
        <translation>&apos;{name}&apos; no es un desfase UTC válido.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a known time zone (expected e.g. Europe/Madrid).</source>
        <translation>&apos;{name}&apos; no es una zona horaria conocida (se esperaba, p. ej., Europe/Madrid).</translation>
    </message>
    <message>
        <source>The time has no UTC offset.</source>
        <translation>La hora no tiene desfase UTC.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>folder holding Afterview&apos;s data (default: your user data folder, or $AFTERVIEW_DATA_DIR)</source>
        <translation>carpeta con los datos de Afterview (por defecto: tu carpeta de datos de usuario, o $AFTERVIEW_DATA_DIR)</translation>
    </message>
    <message>
        <source>{app}: everything that should happen after a job interview. Without a command, starts the app.</source>
        <translation>{app}: todo lo que debe pasar después de una entrevista de trabajo. Sin un comando, abre la aplicación.</translation>
    </message>
    <message>
        <source>start in the system tray only</source>
        <translation>iniciar solo en la bandeja del sistema</translation>
    </message>
    <message>
        <source>check that Afterview can run here, then exit</source>
        <translation>comprobar que Afterview puede funcionar aquí y salir</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>default: from the file name&apos;s extension, else json</source>
        <translation>por defecto: según la extensión del nombre del archivo; si no, json</translation>
    </message>
    <message>
        <source>write all your data to a file</source>
        <translation>escribir todos tus datos en un archivo</translation>
    </message>
    <message>
        <source>where to write; - (default) for the screen</source>
        <translation>dónde escribir; - (por defecto) para la pantalla</translation>
    </message>
    <message>
        <source>save everything (applications, settings, templates) to a JSON file</source>
        <translation>guardar todo (candidaturas, ajustes, plantillas) en un archivo JSON</translation>
    </message>
    <message>
        <source>default: afterview-backup-&lt;today&gt;.json in the current folder</source>
        <translation>por defecto: afterview-backup-&lt;today&gt;.json en la carpeta actual</translation>
    </message>
    <message>
        <source>bring back a backup: shows what it holds, then merges or replaces</source>
        <translation>recuperar una copia de seguridad: muestra lo que contiene y luego combina o reemplaza</translation>
    </message>
    <message>
        <source>add what your data lacks; keep everything else</source>
        <translation>añadir lo que falta en tus datos; conservar todo lo demás</translation>
    </message>
    <message>
        <source>make your data exactly the backup (your current data is kept aside)</source>
        <translation>dejar tus datos exactamente como la copia de seguridad (tus datos actuales se guardan aparte)</translation>
    </message>
    <message>
        <source>list the follow-ups due now (or at another moment)</source>
        <translation>mostrar los seguimientos pendientes ahora (o en otro momento)</translation>
    </message>
    <message>
        <source>ISO-DATETIME</source>
        <translation>FECHA-HORA-ISO</translation>
    </message>
    <message>
        <source>e.g. 2026-11-25T09:00 (your time zone) or …+01:00</source>
        <translation>p. ej., 2026-11-25T09:00 (tu zona horaria) o …+01:00</translation>
    </message>
    <message>
        <source>list the notifications the tray would raise between two moments, if nothing were done</source>
        <translation>listar las notificaciones que mostraría la bandeja entre dos momentos, si no se hiciera nada</translation>
    </message>
    <message>
        <source>from this moment (default: now)</source>
        <translation>desde este momento (por defecto: ahora)</translation>
    </message>
    <message>
        <source>until this moment (default: two weeks after the start)</source>
        <translation>hasta este momento (por defecto: dos semanas después del inicio)</translation>
    </message>
    <message>
        <source>the offer desk: open offers, their deadlines, the other processes and the steps</source>
        <translation>el panel de ofertas: las ofertas abiertas, sus plazos, los otros procesos y los pasos</translation>
    </message>
    <message>
        <source>as at this moment (default: now)</source>
        <translation>a fecha de este momento (por defecto: ahora)</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>draft each step&apos;s letter (en or es)</source>
        <translation>redactar la carta de cada paso (en o es)</translation>
    </message>
    <message>
        <source>what to prepare for your next interview with a company (your history&apos;s weak points)</source>
        <translation>qué preparar para tu próxima entrevista con una empresa (los puntos débiles de tu historial)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>part of the company&apos;s name or the position (several matches are listed)</source>
        <translation>parte del nombre de la empresa o del puesto (si coinciden varias, se muestran en una lista)</translation>
    </message>
    <message>
        <source>default: txt</source>
        <translation>por defecto: txt</translation>
    </message>
    <message>
        <source>where to write; txt: default the screen; pdf: default afterview-brief-&lt;company&gt;-&lt;today&gt;.pdf in the current folder</source>
        <translation>dónde escribir; txt: por defecto, la pantalla; pdf: por defecto, afterview-brief-&lt;company&gt;-&lt;today&gt;.pdf en la carpeta actual</translation>
    </message>
    <message>
        <source>a job-search report of your applications, interviews, letters and answers</source>
        <translation>un informe de búsqueda de empleo con tus candidaturas, entrevistas, cartas y respuestas</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>from this day, e.g. 2026-11-01 (default: the beginning)</source>
        <translation>desde este día, p. ej., 2026-11-01 (por defecto: desde el principio)</translation>
    </message>
    <message>
        <source>up to and including this day (default: today)</source>
        <translation>hasta este día, incluido (por defecto: hoy)</translation>
    </message>
    <message>
        <source>txt, csv (one row per event) or pdf (A4, a summary page first); default: txt</source>
        <translation>txt, csv (una fila por evento) o pdf (A4, con una página de resumen al principio); por defecto: txt</translation>
    </message>
    <message>
        <source>where to write; txt and csv: default the screen; pdf: default afterview-report-&lt;today&gt;.pdf in the current folder</source>
        <translation>dónde escribir; txt y csv: por defecto, la pantalla; pdf: por defecto, afterview-report-&lt;today&gt;.pdf en la carpeta actual</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>mostrar JSON en lugar de texto</translation>
    </message>
    <message>
        <source>add the applications in an Afterview JSON or CSV file (all or nothing), or a calendar invitation</source>
        <translation>añadir las candidaturas de un archivo JSON o CSV de Afterview (todas o ninguna), o una invitación de calendario</translation>
    </message>
    <message>
        <source>an Afterview JSON export, a CSV file, a calendar invitation (.ics), or - for standard input</source>
        <translation>una exportación JSON de Afterview, un archivo CSV, una invitación de calendario (.ics), o - para la entrada estándar</translation>
    </message>
    <message>
        <source>json (a backup), csv (a spreadsheet), ics (a calendar: interviews and pending follow-ups) or vcf (contacts: every interviewer, for an address book); default: json</source>
        <translation>json (una copia de seguridad), csv (una hoja de cálculo), ics (un calendario: entrevistas y seguimientos pendientes) o vcf (contactos: todos los entrevistadores, para una libreta de direcciones); por defecto: json</translation>
    </message>
    <message>
        <source>a backup, a JSON export, any copy listed by &apos;afterview versions&apos;, or - for standard input</source>
        <translation>una copia de seguridad, una exportación JSON, cualquier copia que liste &apos;afterview versions&apos;, o - para la entrada estándar</translation>
    </message>
    <message>
        <source>list every copy Afterview keeps of your data (restore any of them with &apos;restore&apos;)</source>
        <translation>lista todas las copias de tus datos que guarda Afterview (restaura cualquiera con &apos;restore&apos;)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>cannot import {name}: {problem} Nothing was imported.</source>
        <translation>no se puede importar {name}: {problem} No se importó nada.</translation>
    </message>
    <message>
        <source>cannot restore {name}: {problem} Nothing was changed.</source>
        <translation>no se puede restaurar {name}: {problem} No se cambió nada.</translation>
    </message>
    <message>
        <source>cannot import {name}: no column could be recognised for what Afterview needs ({problem}) Give the columns headers such as Company or Empresa, or import the file from the window (File › Import from a spreadsheet), where you choose the columns. Nothing was imported.</source>
        <translation>no se puede importar {name}: no se reconoció ninguna columna para lo que necesita Afterview ({problem}) Pon a las columnas encabezados como Company o Empresa, o importa el archivo desde la ventana (Archivo › Importar desde una hoja de cálculo), donde eliges las columnas. No se importó nada.</translation>
    </message>
    <message>
        <source>row {line}: {problems}</source>
        <translation>fila {line}: {problems}</translation>
    </message>
    <message>
        <source>cannot import {name}: {rows} (and {more} with problems). Nothing was imported.</source>
        <translation>no se puede importar {name}: {rows} (y {more} con problemas). No se importó nada.</translation>
    </message>
    <message>
        <source>{count} more row</source>
        <translation>{count} fila más</translation>
    </message>
    <message>
        <source>{count} more rows</source>
        <translation>{count} filas más</translation>
    </message>
    <message>
        <source>cannot import {name}: {rows}. Nothing was imported.</source>
        <translation>no se puede importar {name}: {rows}. No se importó nada.</translation>
    </message>
    <message>
        <source>Row {line}: {notes}</source>
        <translation>Fila {line}: {notes}</translation>
    </message>
    <message>
        <source>{count} application</source>
        <translation>{count} candidatura</translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation>{count} candidaturas</translation>
    </message>
    <message>
        <source>cannot export to the screen: standard output is closed.</source>
        <translation>no se puede exportar a la pantalla: la salida estándar está cerrada.</translation>
    </message>
    <message>
        <source>Exported {count} contact to {file}.</source>
        <translation>Se exportó {count} contacto a {file}.</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {file}.</source>
        <translation>Se exportaron {count} contactos a {file}.</translation>
    </message>
    <message>
        <source>Backed up {count} application to {file}.</source>
        <translation>Copia de seguridad de {count} candidatura guardada en {file}.</translation>
    </message>
    <message>
        <source>Backed up {count} applications to {file}.</source>
        <translation>Copia de seguridad de {count} candidaturas guardada en {file}.</translation>
    </message>
    <message>
        <source>Exported {count} application to {file}.</source>
        <translation>Se exportó {count} candidatura a {file}.</translation>
    </message>
    <message>
        <source>Exported {count} applications to {file}.</source>
        <translation>Se exportaron {count} candidaturas a {file}.</translation>
    </message>
    <message>
        <source>a backup goes to a file; to see the data on the screen use &apos;afterview export&apos;.</source>
        <translation>una copia de seguridad se guarda en un archivo; para ver los datos en pantalla usa &apos;afterview export&apos;.</translation>
    </message>
    <message>
        <source>{name} holds {contents}. Your data holds {applications}.</source>
        <translation>{name} contiene {contents}. Tus datos contienen {applications}.</translation>
    </message>
    <message>
        <source>To bring it in, run again with --merge (add what your data lacks, keep the rest) or --replace (make your data exactly the backup; your current data is kept in the backups folder).</source>
        <translation>Para traerla, vuelve a ejecutarlo con --merge (añade lo que falta en tus datos y conserva el resto) o --replace (deja tus datos exactamente como la copia; tus datos actuales se guardan en la carpeta de copias).</translation>
    </message>
    <message>
        <source>Afterview keeps no copies in {folder} yet.</source>
        <translation>Afterview aún no guarda copias en {folder}.</translation>
    </message>
    <message>
        <source>Copies of your data, newest first (restore one with: afterview restore FILE):</source>
        <translation>Copias de tus datos, de la más reciente a la más antigua (restaura una con: afterview restore ARCHIVO):</translation>
    </message>
    <message>
        <source>there is no Afterview data in {folder} yet (check --data-dir).</source>
        <translation>todavía no hay datos de Afterview en {folder} (revisa --data-dir).</translation>
    </message>
    <message>
        <source>Nothing is due at {moment} ({zone}).</source>
        <translation>No hay nada pendiente a fecha de {moment} ({zone}).</translation>
    </message>
    <message>
        <source>{option}: &apos;{text}&apos; is not a date and time (expected e.g. 2026-11-25T09:00 or 2026-11-25T09:00+01:00).</source>
        <translation>{option}: &apos;{text}&apos; no es una fecha y hora (se esperaba, p. ej., 2026-11-25T09:00 o 2026-11-25T09:00+01:00).</translation>
    </message>
    <message>
        <source>{option}: &apos;{text}&apos; is too far in the past or the future (use a year from {first} to {last}).</source>
        <translation>{option}: &apos;{text}&apos; está demasiado lejos en el pasado o en el futuro (usa un año de {first} a {last}).</translation>
    </message>
    <message>
        <source>--to must come after --from.</source>
        <translation>--to debe ser posterior a --from.</translation>
    </message>
    <message>
        <source>Nothing would be raised in that time.</source>
        <translation>En ese tiempo no se mostraría nada.</translation>
    </message>
    <message>
        <source>self-test failed: the letter templates are missing or do not fill in.</source>
        <translation>la autocomprobación falló: faltan las plantillas de cartas o no se rellenan.</translation>
    </message>
    <message>
        <source>self-test failed: a record did not survive encoding and decoding.</source>
        <translation>la autocomprobación falló: un registro no sobrevivió a la codificación y decodificación.</translation>
    </message>
    <message>
        <source>self-test failed: the plan has no thank-you letter for an interview with an interviewer.</source>
        <translation>la autocomprobación falló: el plan no incluye carta de agradecimiento para una entrevista con entrevistador.</translation>
    </message>
    <message>
        <source>{count} follow-up step</source>
        <translation>{count} paso de seguimiento</translation>
    </message>
    <message>
        <source>{count} follow-up steps</source>
        <translation>{count} pasos de seguimiento</translation>
    </message>
    <message>
        <source>{app} {version} self-test passed: {applications} and {steps} in {folder}.</source>
        <translation>autocomprobación de {app} {version} superada: {applications} y {steps} en {folder}.</translation>
    </message>
    <message>
        <source>a PDF goes to a file: give -o FILE, or leave -o out.</source>
        <translation>un PDF va a un archivo: indica -o ARCHIVO o no pongas -o.</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>Se guardó {file}.</translation>
    </message>
    <message>
        <source>--letters: &apos;{value}&apos; is not a letter language (use {choices}).</source>
        <translation>--letters: &apos;{value}&apos; no es un idioma de cartas (usa {choices}).</translation>
    </message>
    <message>
        <source>No open offer. The desk opens when you record one (Outcome: they made me an offer).</source>
        <translation>No hay ninguna oferta abierta. La sección de ofertas se abre cuando registras una (Resultado: «Me hicieron una oferta»).</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Other open processes</source>
        <translation>Otros procesos abiertos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>{title}: no deadline recorded</source>
        <translation>{title}: sin plazo registrado</translation>
    </message>
    <message>
        <source>{title}: answer by {deadline} ({days} days, {business} business days left)</source>
        <translation>{title}: responde como tarde el {deadline} (quedan {days} días, {business} días laborables)</translation>
    </message>
    <message>
        <source>decision date unknown: ask their timeline</source>
        <translation>fecha de decisión desconocida: pregunta por sus plazos</translation>
    </message>
    <message>
        <source>decides {day}, in time</source>
        <translation>deciden el {day}, a tiempo</translation>
    </message>
    <message>
        <source>decides {day}, after the deadline</source>
        <translation>deciden el {day}, después del plazo</translation>
    </message>
</context>
<context>
    <name>Codec</name>
    <message>
        <source>must be an object {example}, not {found}.</source>
        <translation>debe ser un objeto {example}, no {found}.</translation>
    </message>
    <message>
        <source>unknown field (expected one of: {fields}).</source>
        <translation>campo desconocido (se esperaba uno de: {fields}).</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>es obligatorio.</translation>
    </message>
    <message>
        <source>must be text, not {found}.</source>
        <translation>debe ser texto, no {found}.</translation>
    </message>
    <message>
        <source>must be a whole number, not {found}.</source>
        <translation>debe ser un número entero, no {found}.</translation>
    </message>
    <message>
        <source>{value} is far out of range for this field.</source>
        <translation>{value} está muy fuera del rango de este campo.</translation>
    </message>
    <message>
        <source>is required (one of: {choices}).</source>
        <translation>es obligatorio (uno de: {choices}).</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} no es uno de: {choices}.</translation>
    </message>
    <message>
        <source>{value} is not a date (expected YYYY-MM-DD, e.g. 2026-12-05).</source>
        <translation>{value} no es una fecha (se esperaba AAAA-MM-DD, p. ej., 2026-12-05).</translation>
    </message>
    <message>
        <source>{value} is not a date and time (expected e.g. 2026-11-24T10:00:00+01:00).</source>
        <translation>{value} no es una fecha y hora (se esperaba, p. ej., 2026-11-24T10:00:00+01:00).</translation>
    </message>
    <message>
        <source>{value} needs a UTC offset (e.g. 2026-11-24T10:00:00+01:00).</source>
        <translation>{value} necesita una diferencia horaria respecto a UTC (p. ej., 2026-11-24T10:00:00+01:00).</translation>
    </message>
    <message>
        <source>{value} is too far in the past or the future.</source>
        <translation>{value} está demasiado lejos en el pasado o en el futuro.</translation>
    </message>
    <message>
        <source>must be a list […], not {found}.</source>
        <translation>debe ser una lista […], no {found}.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>un número decimal</translation>
    </message>
    <message>
        <source>must be true or false, not {found}.</source>
        <translation>debe ser true o false, no {found}.</translation>
    </message>
</context>
<context>
    <name>Copies</name>
    <message>
        <source>saved version</source>
        <translation>versión guardada</translation>
    </message>
    <message>
        <source>start of the day</source>
        <translation>inicio del día</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before a restore or import</source>
        <translation>antes de restaurar o importar</translation>
    </message>
    <message>
        <source>damaged file, kept</source>
        <translation>archivo dañado, conservado</translation>
    </message>
    <message>
        <source>from another computer (sync conflict)</source>
        <translation>de otro ordenador (conflicto de sincronización)</translation>
    </message>
</context>
<context>
    <name>CsvFields</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Decision expected on</source>
        <translation>Decisión prevista el</translation>
    </message>
    <message>
        <source>Decision timeline</source>
        <translation>Plazo de decisión</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Job posting link</source>
        <translation>Enlace a la oferta de empleo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Interview round</source>
        <translation>Ronda de la entrevista</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>Interview time</source>
        <translation>Hora de la entrevista</translation>
    </message>
    <message>
        <source>Interview time zone</source>
        <translation>Zona horaria de la entrevista</translation>
    </message>
    <message>
        <source>Interview duration (minutes)</source>
        <translation>Duración de la entrevista (minutos)</translation>
    </message>
    <message>
        <source>Interview format</source>
        <translation>Formato de la entrevista</translation>
    </message>
    <message>
        <source>Interview location</source>
        <translation>Lugar de la entrevista</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Notas de la entrevista</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Entrevistadores</translation>
    </message>
    <message>
        <source>Interviewer&apos;s email</source>
        <translation>Correo del entrevistador</translation>
    </message>
    <message>
        <source>Interview rating (1–5)</source>
        <translation>Puntuación de la entrevista (1–5)</translation>
    </message>
    <message>
        <source>Choose the column that holds the {field}.</source>
        <translation>Elige la columna de {field}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not an Afterview field.</source>
        <translation>&apos;{key}&apos; no es un campo de Afterview.</translation>
    </message>
    <message>
        <source>{field}: {index} is not a column.</source>
        <translation>{field}: {index} no es una columna.</translation>
    </message>
    <message>
        <source>Column {number} is chosen for both {fields}; choose it for one only.</source>
        <translation>La columna {number} está elegida para {fields}; elígela solo para uno.</translation>
    </message>
    <message>
        <source>Choose the column that holds the interview date too (needed for: {fields}).</source>
        <translation>Elige también la columna con la fecha de la entrevista (se necesita para: {fields}).</translation>
    </message>
    <message>
        <source>An interviewer&apos;s email needs a name: choose the column that holds the interviewers too.</source>
        <translation>El correo de un entrevistador necesita un nombre: elige también la columna con los entrevistadores.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The same interview as row {line} (same application and start): imported once.</source>
        <translation>La misma entrevista que la fila {line} (misma candidatura y misma hora de inicio): se importa una sola vez.</translation>
    </message>
    <message>
        <source>{column} is empty: every row needs the company.</source>
        <translation>La columna {column} está vacía: cada fila necesita la empresa.</translation>
    </message>
    <message>
        <source>{column} is empty, but the row has interview details ({details}): write the interview date, or clear those cells.</source>
        <translation>La columna {column} está vacía, pero la fila tiene datos de la entrevista ({details}): escribe la fecha de la entrevista o vacía esas celdas.</translation>
    </message>
    <message>
        <source>{column}: {time} differs from the time in {date_column}.</source>
        <translation>{column}: {time} no coincide con la hora de {date_column}.</translation>
    </message>
    <message>
        <source>{column}: no time given; {time} assumed.</source>
        <translation>{column}: no se indica la hora; se ha supuesto {time}.</translation>
    </message>
    <message>
        <source>{column}: {written} read as {day} (month first).</source>
        <translation>{column}: {written} se ha leído como {day} (primero el mes).</translation>
    </message>
    <message>
        <source>{column}: {written} read as {day} (day first).</source>
        <translation>{column}: {written} se ha leído como {day} (primero el día).</translation>
    </message>
    <message>
        <source>{column}: {time} does not exist on {day} in {zone} (the clocks went forward); {used} used.</source>
        <translation>{column}: {time} no existe el {day} en {zone} (se adelantaron los relojes); se ha usado {used}.</translation>
    </message>
    <message>
        <source>{column} belongs to one interviewer, but {names} is empty; write each email in &lt;…&gt; after the name.</source>
        <translation>La columna {column} corresponde a un solo entrevistador, pero la columna {names} está vacía; escribe cada correo entre &lt;…&gt; después del nombre.</translation>
    </message>
    <message>
        <source>{column} belongs to one interviewer, but {names} names {count}; write each email in &lt;…&gt; after the name.</source>
        <translation>La columna {column} corresponde a un solo entrevistador, pero la columna {names} nombra a {count}; escribe cada correo entre &lt;…&gt; después del nombre.</translation>
    </message>
    <message>
        <source>{column}: &quot;{value}&quot; differs from the email in {names} ({email}).</source>
        <translation>{column}: «{value}» no coincide con el correo de {names} ({email}).</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Problem or note</source>
        <translation>Problema o nota</translation>
    </message>
    <message>
        <source>Import {name} — {app}</source>
        <translation>Importar {name} — {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; has {count} row.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; tiene {count} fila.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; has {count} rows.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; tiene {count} filas.</translation>
    </message>
    <message>
        <source>Afterview guessed which column holds what: check the guesses on the left, then the rows to import.</source>
        <translation>Afterview ha intentado adivinar qué contiene cada columna: revisa sus suposiciones a la izquierda y luego las filas que vas a importar.</translation>
    </message>
    <message>
        <source>Afterview field</source>
        <translation>Campo de Afterview</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Columna de tu archivo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>For each Afterview field, the spreadsheet column that holds it</source>
        <translation>Para cada campo de Afterview, la columna de la hoja de cálculo que lo contiene</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Columna para {field}</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas que importar</translation>
    </message>
    <message>
        <source>Tick the rows to import; rows with a problem say what it is</source>
        <translation>Marca las filas que quieres importar; las que tienen un problema indican cuál es</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose the columns first.</source>
        <translation>Elige primero las columnas.</translation>
    </message>
    <message>
        <source>Ready: {applications} ({interviews}).</source>
        <translation>Listo: {applications} ({interviews}).</translation>
    </message>
    <message>
        <source>{count} application</source>
        <translation>{count} candidatura</translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation>{count} candidaturas</translation>
    </message>
    <message>
        <source>{count} interview</source>
        <translation>{count} entrevista</translation>
    </message>
    <message>
        <source>{count} interviews</source>
        <translation>{count} entrevistas</translation>
    </message>
    <message>
        <source>{count} row with a problem will be left out; correct the file and import again:</source>
        <translation>Se omitirá {count} fila con un problema; corrige el archivo y vuelve a importar:</translation>
    </message>
    <message>
        <source>{count} rows with a problem will be left out; correct the file and import again:</source>
        <translation>Se omitirán {count} filas con problemas; corrige el archivo y vuelve a importar:</translation>
    </message>
    <message>
        <source>… and {count} more row (see the table).</source>
        <translation>… y {count} fila más (consulta la tabla).</translation>
    </message>
    <message>
        <source>… and {count} more rows (see the table).</source>
        <translation>… y {count} filas más (consulta la tabla).</translation>
    </message>
    <message>
        <source>Worth a look ({count} row imported as noted in the table):</source>
        <translation>Conviene revisar ({count} fila importada con las salvedades que indica la tabla):</translation>
    </message>
    <message>
        <source>Worth a look ({count} rows imported as noted in the table):</source>
        <translation>Conviene revisar ({count} filas importadas con las salvedades que indica la tabla):</translation>
    </message>
    <message>
        <source>&amp;Import {count} application</source>
        <translation>&amp;Importar {count} candidatura</translation>
    </message>
    <message>
        <source>&amp;Import {count} applications</source>
        <translation>&amp;Importar {count} candidaturas</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
    <message>
        <source>Row {line}: {messages}</source>
        <translation>Fila {line}: {messages}</translation>
    </message>
</context>
<context>
    <name>CsvSheet</name>
    <message>
        <source>open it in your spreadsheet program and save it as CSV (File › Save as › CSV) first.</source>
        <translation>ábrelo primero en tu programa de hojas de cálculo y guárdalo como CSV (Archivo › Guardar como › CSV).</translation>
    </message>
    <message>
        <source>this is a zipped file, such as an Excel (.xlsx) or LibreOffice (.ods) workbook: {advice}</source>
        <translation>es un archivo comprimido, como un libro de Excel (.xlsx) o de LibreOffice (.ods): {advice}</translation>
    </message>
    <message>
        <source>this is an old Excel (.xls) workbook, not a CSV file: {advice}</source>
        <translation>es un libro antiguo de Excel (.xls), no un archivo CSV: {advice}</translation>
    </message>
    <message>
        <source>this is a PDF document, not a CSV file.</source>
        <translation>es un documento PDF, no un archivo CSV.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>this looks like a JSON file, not CSV: import it as an Afterview JSON file instead.</source>
        <translation>parece un archivo JSON, no CSV: impórtalo como archivo JSON de Afterview.</translation>
    </message>
    <message>
        <source>the file has no rows: every line is blank.</source>
        <translation>el archivo no tiene filas: todas las líneas están en blanco.</translation>
    </message>
    <message>
        <source>row {line} should name the columns (Company, Position, Date …) but holds no words; add a header row above the data.</source>
        <translation>la fila {line} debería contener los nombres de las columnas (Empresa, Puesto, Fecha …) pero no contiene palabras; añade una fila de encabezado encima de los datos.</translation>
    </message>
    <message>
        <source>the file has a header row but no rows below it: there is nothing to import.</source>
        <translation>el archivo tiene una fila de encabezado pero ninguna fila debajo: no hay nada que importar.</translation>
    </message>
    <message>
        <source>the file has {count} columns (at most {limit}); is it really a list of applications?</source>
        <translation>el archivo tiene {count} columnas (como máximo {limit}); ¿seguro que es una lista de candidaturas?</translation>
    </message>
    <message>
        <source>the file starts like UTF-16 text but is not; save it as CSV UTF-8 again.</source>
        <translation>el archivo empieza como texto UTF-16 pero no lo es; vuelve a guardarlo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8.</source>
        <translation>el archivo no es texto UTF-8 ni Windows-1252; guárdalo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>the file is not text (it contains NUL bytes): if it is a spreadsheet, {advice}</source>
        <translation>el archivo no es texto (contiene bytes NUL): si es una hoja de cálculo, {advice}</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows; split it into smaller files.</source>
        <translation>el archivo tiene más de {limit} filas; divídelo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>row {line}: a cell starts with a quote (&quot;) that is never closed; the file may be cut short.</source>
        <translation>fila {line}: una celda empieza con comillas (&quot;) que nunca se cierran; puede que el archivo esté cortado.</translation>
    </message>
    <message>
        <source>row {line} has a cell longer than {limit} characters.</source>
        <translation>la fila {line} tiene una celda de más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>row {line} is not valid CSV ({reason}).</source>
        <translation>la fila {line} no es CSV válido ({reason}).</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Columna {number}</translation>
    </message>
</context>
<context>
    <name>CsvValues</name>
    <message>
        <source>&quot;{value}&quot; is not a stage (write one of: {choices}).</source>
        <translation>«{value}» no es una etapa (escribe una de estas: {choices}).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an outcome (write one of: {choices}).</source>
        <translation>«{value}» no es un resultado (escribe uno de estos: {choices}).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a format (write one of: {choices}).</source>
        <translation>«{value}» no es un formato (escribe uno de estos: {choices}).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a rating (write a whole number from {low} to {high}).</source>
        <translation>«{value}» no es una puntuación (escribe un número entero del {low} al {high}).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number of minutes (write it like 45; at most {limit}).</source>
        <translation>«{value}» no es un número entero de minutos (escríbelo como 45; máximo {limit}).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (write it like 2026-11-25 or 25/11/2026).</source>
        <translation>«{value}» no es una fecha (escríbela como 2026-11-25 o 25/11/2026).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date between the years {first} and {last}.</source>
        <translation>«{value}» no es una fecha entre los años {first} y {last}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a time (write it like 10:00).</source>
        <translation>«{value}» no es una hora (escríbela como 10:00).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a known time zone (write it like Europe/Madrid or +01:00).</source>
        <translation>«{value}» no es una zona horaria conocida (escríbela como Europe/Madrid o +01:00).</translation>
    </message>
</context>
<context>
    <name>DataLock</name>
    <message>
        <source>Afterview data is in use by another running Afterview (pid {pid}).</source>
        <translation>Los datos de Afterview están en uso por otro Afterview en ejecución (pid {pid}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>“{typed}” is not a date I can read (for example 31/12/2026, 2026-12-31 or 31 Dec 2026): the date stays {date}.</source>
        <translation>«{typed}» no es una fecha que pueda leer (por ejemplo, 31/12/2026, 2026-12-31 o 31 dic 2026): la fecha sigue siendo {date}.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{count} application</source>
        <translation>{count} candidatura</translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation>{count} candidaturas</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; matches {count}; say which with more of its company or position.</source>
        <translation>&apos;{text}&apos; coincide con {count}; indica cuál escribiendo más de su empresa o puesto.</translation>
    </message>
    <message>
        <source>no application&apos;s company or position matches &apos;{text}&apos;.</source>
        <translation>ninguna candidatura coincide con &apos;{text}&apos; en la empresa ni en el puesto.</translation>
    </message>
    <message>
        <source>{title} has no interview still to come, so there is nothing to prepare.</source>
        <translation>{title} no tiene ninguna entrevista pendiente, así que no hay nada que preparar.</translation>
    </message>
    <message>
        <source>the period ends ({last}) before it starts ({first}).</source>
        <translation>el periodo termina ({last}) antes de empezar ({first}).</translation>
    </message>
    <message>
        <source>{option}: &apos;{text}&apos; is not a date (expected e.g. 2026-11-25).</source>
        <translation>{option}: &apos;{text}&apos; no es una fecha (se esperaba, p. ej., 2026-11-25).</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Applied</source>
        <translation>Candidatura enviada</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>En entrevistas</translation>
    </message>
    <message>
        <source>Final round</source>
        <translation>Ronda final</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>No seleccionada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Closed, no response</source>
        <translation>Cerrada, sin respuesta</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Screening call (recruiter)</source>
        <translation>Llamada de preselección (selector)</translation>
    </message>
    <message>
        <source>One-to-one interview</source>
        <translation>Entrevista individual</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Group interview or assessment centre</source>
        <translation>Entrevista grupal o centro de evaluación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>LinkedIn address</source>
        <translation>Dirección de LinkedIn</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Time zone of the interview</source>
        <translation>Zona horaria de la entrevista</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en (minutos)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>e.g. First interview, Technical, Final</source>
        <translation>p. ej., Primera entrevista, Técnica, Final</translation>
    </message>
    <message>
        <source>Round name</source>
        <translation>Nombre de la ronda</translation>
    </message>
    <message>
        <source>Kind of interview</source>
        <translation>Tipo de entrevista</translation>
    </message>
    <message>
        <source>It shapes the letters: one per panel member, one note after a group</source>
        <translation>Determina las cartas: una por miembro del panel, una nota tras una entrevista grupal</translation>
    </message>
    <message>
        <source>Address or meeting link</source>
        <translation>Dirección o enlace de la reunión</translation>
    </message>
    <message>
        <source>Location or link</source>
        <translation>Lugar o enlace</translation>
    </message>
    <message>
        <source>Topics discussed, names, anything to mention in your thank-you letter</source>
        <translation>Temas tratados, nombres, todo lo que quieras mencionar en tu carta de agradecimiento</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Notas de la entrevista</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Entrevistadores</translation>
    </message>
    <message>
        <source>Add interviewer</source>
        <translation>Añadir entrevistador</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar seleccionado</translation>
    </message>
    <message>
        <source>Remove selected interviewer</source>
        <translation>Quitar el entrevistador seleccionado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Ronda</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Interviewers: one thank-you letter and one LinkedIn invitation each</source>
        <translation>Entrevistadores: una carta de agradecimiento y una invitación de LinkedIn para cada uno</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Editar {title}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Applied, screening, interviewing, final round, offer, then the outcome</source>
        <translation>Candidatura enviada, preselección, entrevistas, ronda final, oferta y, por último, el resultado</translation>
    </message>
    <message>
        <source>Job posting address</source>
        <translation>Dirección web del anuncio de empleo</translation>
    </message>
    <message>
        <source>In 1 week</source>
        <translation>En 1 semana</translation>
    </message>
    <message>
        <source>In 2 weeks</source>
        <translation>En 2 semanas</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>En una fecha concreta</translation>
    </message>
    <message>
        <source>They didn&apos;t say</source>
        <translation>No lo dijeron</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Fecha de la decisión</translation>
    </message>
    <message>
        <source>What they said about timing</source>
        <translation>Lo que dijeron sobre los plazos</translation>
    </message>
    <message>
        <source>What they said, e.g. &quot;within two weeks&quot;</source>
        <translation>Lo que dijeron, p. ej., &quot;en un plazo de dos semanas&quot;</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>e.g. a technical test, a final interview</source>
        <translation>p. ej., una prueba técnica, una entrevista final</translation>
    </message>
    <message>
        <source>Read as {date}</source>
        <translation>Entendido como {date}</translation>
    </message>
    <message>
        <source>I couldn&apos;t read a date in this — pick one above, or leave it and Afterview will suggest asking when they decide.</source>
        <translation>No he podido leer una fecha aquí: elige una arriba, o déjalo así y Afterview te sugerirá preguntar cuándo deciden.</translation>
    </message>
    <message>
        <source>Application notes</source>
        <translation>Notas de la candidatura</translation>
    </message>
    <message>
        <source>One row per interviewer: name, title, email, phone and LinkedIn address</source>
        <translation>Una fila por entrevistador: nombre, cargo, correo, teléfono y dirección de LinkedIn</translation>
    </message>
    <message>
        <source>Interview rounds</source>
        <translation>Rondas de entrevistas</translation>
    </message>
    <message>
        <source>Add interview round</source>
        <translation>Añadir ronda de entrevistas</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>E&amp;tapa</translation>
    </message>
    <message>
        <source>&amp;Job posting</source>
        <translation>&amp;Anuncio de empleo</translation>
    </message>
    <message>
        <source>When will they decide?</source>
        <translation>¿Cuándo decidirán?</translation>
    </message>
    <message>
        <source>Next ste&amp;p</source>
        <translation>&amp;Siguiente paso</translation>
    </message>
    <message>
        <source>Application and interviews</source>
        <translation>Candidatura y entrevistas</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Ronda {number}</translation>
    </message>
    <message>
        <source>in 1 week</source>
        <translation>en 1 semana</translation>
    </message>
    <message>
        <source>in 2 weeks</source>
        <translation>en 2 semanas</translation>
    </message>
    <message>
        <source>Please correct the problems shown below; nothing was saved yet.</source>
        <translation>Corrige los problemas que se indican abajo; todavía no se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>cannot import from standard input: it is closed.</source>
        <translation>no se puede importar desde la entrada estándar: está cerrada.</translation>
    </message>
    <message>
        <source>give the name of the file to import (or - for standard input).</source>
        <translation>indica el nombre del archivo que quieres importar (o - para la entrada estándar).</translation>
    </message>
    <message>
        <source>cannot import {file}: it is a folder, not a file.</source>
        <translation>no se puede importar {file}: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>cannot import {file}: it is not a regular file (a device or a pipe?).</source>
        <translation>no se puede importar {file}: no es un archivo normal (¿un dispositivo o una tubería?).</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}.</source>
        <translation>no se puede leer {file}: {reason}.</translation>
    </message>
    <message>
        <source>cannot import {file}: it is too large to be an Afterview export (at most {limit}).</source>
        <translation>no se puede importar {file}: es demasiado grande para ser una exportación de Afterview (máximo {limit}).</translation>
    </message>
    <message>
        <source>give a file name to export to (or - for the screen).</source>
        <translation>indica el nombre del archivo al que exportar (o - para la pantalla).</translation>
    </message>
    <message>
        <source>cannot export to {file}: that is inside Afterview&apos;s data folder; choose another place.</source>
        <translation>no se puede exportar a {file}: está dentro de la carpeta de datos de Afterview; elige otro lugar.</translation>
    </message>
    <message>
        <source>cannot export to {file}: it is a folder; give a file name.</source>
        <translation>no se puede exportar a {file}: es una carpeta; indica un nombre de archivo.</translation>
    </message>
    <message>
        <source>cannot export to {file}: the folder {folder} does not exist.</source>
        <translation>no se puede exportar a {file}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}.</source>
        <translation>no se puede escribir {file}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>After the interview — {app}</source>
        <translation>Después de la entrevista — {app}</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>The steps after an interview, and why each matters</source>
        <translation>Los pasos después de una entrevista y por qué importa cada uno</translation>
    </message>
</context>
<context>
    <name>IcsFormat</name>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Format: {format}</source>
        <translation>Formato: {format}</translation>
    </message>
    <message>
        <source>Round: {round}</source>
        <translation>Ronda: {round}</translation>
    </message>
    <message>
        <source>Interviewers: {people}</source>
        <translation>Entrevistadores: {people}</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Interview: {title}</source>
        <translation>Entrevista: {title}</translation>
    </message>
    <message>
        <source>Application: {title}</source>
        <translation>Candidatura: {title}</translation>
    </message>
    <message>
        <source>Interview: {round}, {when}</source>
        <translation>Entrevista: {round}, {when}</translation>
    </message>
    <message>
        <source>Interview: {when}</source>
        <translation>Entrevista: {when}</translation>
    </message>
    <message>
        <source>Call during business hours ({zone}).</source>
        <translation>Llama en horario laboral ({zone}).</translation>
    </message>
    <message>
        <source>Do it by {when}.</source>
        <translation>Hazlo como muy tarde el {when}.</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Add your first interview to see how your search is going.</source>
        <translation>Añade tu primera entrevista para ver cómo va tu búsqueda.</translation>
    </message>
    <message>
        <source>{count} offer</source>
        <translation>{count} oferta</translation>
    </message>
    <message>
        <source>{count} offers</source>
        <translation>{count} ofertas</translation>
    </message>
    <message>
        <source>{count} interview</source>
        <translation>{count} entrevista</translation>
    </message>
    <message>
        <source>{count} interviews</source>
        <translation>{count} entrevistas</translation>
    </message>
    <message>
        <source>{count} interviewer</source>
        <translation>{count} entrevistador</translation>
    </message>
    <message>
        <source>{count} interviewers</source>
        <translation>{count} entrevistadores</translation>
    </message>
    <message>
        <source>You have thanked {on_time} of {interviewers} on time.</source>
        <translation>Has dado las gracias a tiempo a {on_time} de {interviewers}.</translation>
    </message>
    <message>
        <source>Your self-rating has risen from {first} to {last}.</source>
        <translation>Tu autovaloración ha subido de {first} a {last}.</translation>
    </message>
    <message>
        <source>{count} offer so far: well done.</source>
        <translation>{count} oferta hasta ahora: enhorabuena.</translation>
    </message>
    <message>
        <source>{count} offers so far: well done.</source>
        <translation>{count} ofertas hasta ahora: enhorabuena.</translation>
    </message>
    <message>
        <source>You have sent {count} application.</source>
        <translation>Has enviado {count} candidatura.</translation>
    </message>
    <message>
        <source>You have sent {count} applications.</source>
        <translation>Has enviado {count} candidaturas.</translation>
    </message>
    <message>
        <source>Your application reached an interview.</source>
        <translation>Tu candidatura consiguió una entrevista.</translation>
    </message>
    <message>
        <source>All {count} of your applications reached an interview.</source>
        <translation>Todas tus candidaturas ({count}) consiguieron una entrevista.</translation>
    </message>
    <message>
        <source>{interviewed} of your {applied} applications reached an interview.</source>
        <translation>{interviewed} de tus {applied} candidaturas consiguieron una entrevista.</translation>
    </message>
    <message>
        <source>Keep going: the call will come.</source>
        <translation>Sigue así: la llamada llegará.</translation>
    </message>
    <message>
        <source>{applied} applied, {interviewed} interviewed, {offers}</source>
        <translation>{applied} enviadas, {interviewed} con entrevista, {offers}</translation>
    </message>
    <message>
        <source>No thank-you letters due yet.</source>
        <translation>Aún no ha vencido el plazo de ninguna carta de agradecimiento.</translation>
    </message>
    <message>
        <source>{count} thank-you letter</source>
        <translation>{count} carta de agradecimiento</translation>
    </message>
    <message>
        <source>{count} thank-you letters</source>
        <translation>{count} cartas de agradecimiento</translation>
    </message>
    <message>
        <source>{on_time} of {letters} sent on time, {late} sent late, {not_sent} not sent.</source>
        <translation>{on_time} de {letters} enviadas a tiempo, {late} con retraso y {not_sent} sin enviar.</translation>
    </message>
    <message>
        <source>No interview rated yet.</source>
        <translation>Aún no has puntuado ninguna entrevista.</translation>
    </message>
    <message>
        <source>1 interview rated: {rating} out of 5 on {day}.</source>
        <translation>1 entrevista puntuada: {rating} de 5 el {day}.</translation>
    </message>
    <message>
        <source>{count} interviews rated, from {first} out of 5 on {first_day} to {last} out of 5 on {last_day}; average {average}.</source>
        <translation>{count} entrevistas puntuadas, desde {first} de 5 el {first_day} hasta {last} de 5 el {last_day}; media: {average}.</translation>
    </message>
    <message>
        <source>In order: {ratings}.</source>
        <translation>En orden: {ratings}.</translation>
    </message>
    <message>
        <source>No point to improve has come back in two interviews yet.</source>
        <translation>Todavía ningún punto a mejorar se ha repetido en dos entrevistas.</translation>
    </message>
    <message>
        <source>{theme} in {interviews}</source>
        <translation>{theme} en {interviews}</translation>
    </message>
    <message>
        <source>Points to improve that keep coming back: {themes}.</source>
        <translation>Puntos a mejorar que se repiten: {themes}.</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Application funnel</source>
        <translation>Embudo de candidaturas</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Con entrevista</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>Aún no hay nada que contar.</translation>
    </message>
    <message>
        <source>Thank-you letters sent on time</source>
        <translation>Cartas de agradecimiento enviadas a tiempo</translation>
    </message>
    <message>
        <source>No thank-you letter has reached its deadline yet. Each one counts here once sent, or once its deadline passes.</source>
        <translation>Ninguna carta de agradecimiento ha llegado aún a su plazo. Cada una cuenta aquí cuando la envías o cuando vence su plazo.</translation>
    </message>
    <message>
        <source>{count} on time</source>
        <translation>{count} a tiempo</translation>
    </message>
    <message>
        <source>{count} sent late</source>
        <translation>{count} con retraso</translation>
    </message>
    <message>
        <source>{count} not sent</source>
        <translation>{count} sin enviar</translation>
    </message>
    <message>
        <source>Self-rating over time</source>
        <translation>Autovaloración a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No ratings yet. Give an interview an overall rating in its review to see your trend.</source>
        <translation>Aún no hay puntuaciones. Da una puntuación general a una entrevista en su valoración para ver tu evolución.</translation>
    </message>
    <message>
        <source>Points to improve that keep coming back</source>
        <translation>Puntos a mejorar que se repiten</translation>
    </message>
    <message>
        <source>Nothing keeps coming back yet. When the same point to improve shows up in two interviews, it appears here.</source>
        <translation>Aún no se repite nada. Cuando el mismo punto a mejorar aparezca en dos entrevistas, se mostrará aquí.</translation>
    </message>
    <message>
        <source>{count} interview</source>
        <translation>{count} entrevista</translation>
    </message>
    <message>
        <source>{count} interviews</source>
        <translation>{count} entrevistas</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>From application to offer</source>
        <translation>De la candidatura a la oferta</translation>
    </message>
    <message>
        <source>Thank-you letters on time</source>
        <translation>Cartas de agradecimiento a tiempo</translation>
    </message>
    <message>
        <source>Your self-rating (1–5)</source>
        <translation>Tu autovaloración (1–5)</translation>
    </message>
    <message>
        <source>To improve, again and again</source>
        <translation>A mejorar, una y otra vez</translation>
    </message>
    <message>
        <source>Your search, drawn</source>
        <translation>Tu búsqueda, en gráficos</translation>
    </message>
    <message>
        <source>Once you add interviews, this page draws how your search is going: applications, interviews and offers, thank-you letters sent on time, your self-rating over time, and what keeps coming back to improve.</source>
        <translation>Cuando añadas entrevistas, esta página dibujará cómo va tu búsqueda: candidaturas, entrevistas y ofertas, cartas de agradecimiento enviadas a tiempo, tu autovaloración a lo largo del tiempo y lo que una y otra vez conviene mejorar.</translation>
    </message>
    <message>
        <source>Add the interview you just had</source>
        <translation>Añade la entrevista que acabas de tener</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>reprogramada</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizada</translation>
    </message>
    <message>
        <source>cancelled: no follow-ups for it</source>
        <translation>cancelada: sin seguimientos</translation>
    </message>
    <message>
        <source>cannot import {name}: {reason} Nothing was changed.</source>
        <translation>no se puede importar {name}: {reason} No se cambió nada.</translation>
    </message>
    <message>
        <source>New application: {title}.</source>
        <translation>Nueva candidatura: {title}.</translation>
    </message>
    <message>
        <source>Updated {title}.</source>
        <translation>Se actualizó {title}.</translation>
    </message>
    <message>
        <source>  {when} {zone}, {minutes} min, {place}; {people} ({change})</source>
        <translation>  {when} {zone}, {minutes} min, {place}; {people} ({change})</translation>
    </message>
    <message>
        <source>no place given</source>
        <translation>sin lugar indicado</translation>
    </message>
    <message>
        <source>no interviewers named</source>
        <translation>sin entrevistadores indicados</translation>
    </message>
    <message>
        <source>it cancels an interview that is not in your data, so there is nothing to change.</source>
        <translation>cancela una entrevista que no está en tus datos, así que no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>the file holds no calendar event: no interview to read.</source>
        <translation>el archivo no contiene ningún evento de calendario: no hay ninguna entrevista que leer.</translation>
    </message>
    <message>
        <source>it holds {count} events: a whole calendar, not an invitation (at most {limit}).</source>
        <translation>contiene {count} eventos: es un calendario entero, no una invitación (como máximo {limit}).</translation>
    </message>
    <message>
        <source>it is not a calendar invitation (an iCalendar .ics file).</source>
        <translation>no es una invitación de calendario (un archivo .ics de iCalendar).</translation>
    </message>
    <message>
        <source>&apos;{summary}&apos; is a recurring event; Afterview records each interview on its own date.</source>
        <translation>&apos;{summary}&apos; es un evento periódico; Afterview registra cada entrevista en su propia fecha.</translation>
    </message>
    <message>
        <source>&apos;{summary}&apos; has no start time.</source>
        <translation>&apos;{summary}&apos; no tiene hora de inicio.</translation>
    </message>
    <message>
        <source>&apos;{summary}&apos; is an all-day event: it has no start time.</source>
        <translation>&apos;{summary}&apos; es un evento de todo el día: no tiene hora de inicio.</translation>
    </message>
    <message>
        <source>&apos;{summary}&apos; is in a time zone that does not exist: &apos;{zone}&apos;.</source>
        <translation>&apos;{summary}&apos; está en una zona horaria que no existe: &apos;{zone}&apos;.</translation>
    </message>
    <message>
        <source>Calendar invitation (*.ics);;All files (*)</source>
        <translation>Invitación de calendario (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a calendar invitation</source>
        <translation>Importar una invitación de calendario</translation>
    </message>
    <message>
        <source>{round} (cancelled)</source>
        <translation>{round} (cancelada)</translation>
    </message>
    <message>
        <source>{file} is already in your data: nothing changed.</source>
        <translation>{file} ya está en tus datos: no se cambió nada.</translation>
    </message>
    <message>
        <source>Read from the calendar invitation {file}: check the details, then save.</source>
        <translation>Datos leídos de la invitación de calendario {file}: revísalos y después guarda.</translation>
    </message>
    <message>
        <source>You already have {title}; this is a different position.</source>
        <translation>Ya tienes {title}; este es otro puesto.</translation>
    </message>
    <message>
        <source>Moved from {before} to {after}.</source>
        <translation>Reprogramada del {before} al {after}.</translation>
    </message>
    <message>
        <source>The interview on {when} was cancelled: no follow-ups for it.</source>
        <translation>La entrevista del {when} se canceló: sin seguimientos.</translation>
    </message>
    <message>
        <source>About this invitation</source>
        <translation>Sobre esta invitación</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>{count} application</source>
        <translation>{count} candidatura</translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation>{count} candidaturas</translation>
    </message>
    <message>
        <source>{count} interview</source>
        <translation>{count} entrevista</translation>
    </message>
    <message>
        <source>{count} interviews</source>
        <translation>{count} entrevistas</translation>
    </message>
    <message>
        <source>{count} letter template</source>
        <translation>{count} plantilla de carta</translation>
    </message>
    <message>
        <source>{count} letter templates</source>
        <translation>{count} plantillas de cartas</translation>
    </message>
    <message>
        <source>{applications}, {interviews}, your settings and {templates}</source>
        <translation>{applications}, {interviews}, tus ajustes y {templates}</translation>
    </message>
    <message>
        <source>{applications}, {interviews} and your settings</source>
        <translation>{applications}, {interviews} y tus ajustes</translation>
    </message>
    <message>
        <source>{applications}, {interviews} and {templates}</source>
        <translation>{applications}, {interviews} y {templates}</translation>
    </message>
    <message>
        <source>{applications}, {interviews}</source>
        <translation>{applications}, {interviews}</translation>
    </message>
    <message>
        <source>{count} part could not be read and is left out: {first}</source>
        <translation>{count} parte no se pudo leer y se deja fuera: {first}</translation>
    </message>
    <message>
        <source>{count} parts could not be read and are left out, first: {first}</source>
        <translation>{count} partes no se pudieron leer y se dejan fuera; la primera: {first}</translation>
    </message>
    <message>
        <source>the file is too large to be an Afterview export (at most {limit}).</source>
        <translation>el archivo es demasiado grande para ser una exportación de Afterview (como máximo {limit}).</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (is it really an Afterview JSON export?).</source>
        <translation>el archivo no es texto UTF-8 (¿seguro que es una exportación JSON de Afterview?).</translation>
    </message>
    <message>
        <source>the file is not valid JSON: {reason} (line {line}, column {column}).</source>
        <translation>el archivo no es JSON válido: {reason} (línea {line}, columna {column}).</translation>
    </message>
    <message>
        <source>the field &apos;{field}&apos; appears twice in one object; which one to keep is unclear.</source>
        <translation>el campo &apos;{field}&apos; aparece dos veces en un mismo objeto; no está claro cuál conservar.</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be an Afterview export.</source>
        <translation>el archivo tiene demasiados niveles de anidamiento para ser una exportación de Afterview.</translation>
    </message>
    <message>
        <source>the file holds a number with thousands of digits; it is not an Afterview export.</source>
        <translation>el archivo contiene un número con miles de cifras; no es una exportación de Afterview.</translation>
    </message>
    <message>
        <source>the file must hold a JSON object with &quot;format&quot;: &quot;afterview&quot;.</source>
        <translation>el archivo debe contener un objeto JSON con &quot;format&quot;: &quot;afterview&quot;.</translation>
    </message>
    <message>
        <source>this is not an Afterview file (it needs &quot;format&quot;: &quot;afterview&quot;).</source>
        <translation>este no es un archivo de Afterview (necesita &quot;format&quot;: &quot;afterview&quot;).</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be the number {expected}, not {found}.</source>
        <translation>&quot;version&quot; debe ser el número {expected}, no {found}.</translation>
    </message>
    <message>
        <source>this file is format version {found}; this Afterview reads version {expected}.</source>
        <translation>este archivo tiene la versión de formato {found}; esta versión de Afterview lee la versión {expected}.</translation>
    </message>
    <message>
        <source>Update Afterview to import it.</source>
        <translation>Actualiza Afterview para importarlo.</translation>
    </message>
    <message>
        <source>unknown top-level field &apos;{field}&apos; (expected format, version, applications, settings, templates).</source>
        <translation>campo de nivel superior desconocido &apos;{field}&apos; (se esperaba format, version, applications, settings, templates).</translation>
    </message>
    <message>
        <source>&quot;settings&quot; must be an object {…} of setting names and values.</source>
        <translation>&quot;settings&quot; debe ser un objeto {…} de nombres de ajustes y valores.</translation>
    </message>
    <message>
        <source>settings: unknown setting &apos;{name}&apos;.</source>
        <translation>settings: ajuste desconocido &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>&quot;templates&quot; must be an object {…} of &quot;kind/language/name&quot;: text.</source>
        <translation>&quot;templates&quot; debe ser un objeto {…} de &quot;kind/language/name&quot;: texto.</translation>
    </message>
    <message>
        <source>templates: &apos;{key}&apos; is not a template name (expected kind/language/name, e.g. thank_you/en/Short).</source>
        <translation>templates: &apos;{key}&apos; no es un nombre de plantilla (se esperaba kind/language/name, p. ej., thank_you/en/Short).</translation>
    </message>
    <message>
        <source>{field}: must be text of at most {limit} characters.</source>
        <translation>{field}: debe ser un texto de {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <source>&quot;applications&quot; must be a list […] of applications.</source>
        <translation>&quot;applications&quot; debe ser una lista […] de candidaturas.</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used by two applications.</source>
        <translation>el id &apos;{id}&apos; se usa en dos candidaturas.</translation>
    </message>
    <message>
        <source>{problems} (and {more}).</source>
        <translation>{problems} (y {more}).</translation>
    </message>
    <message>
        <source>{count} more problem</source>
        <translation>{count} problema más</translation>
    </message>
    <message>
        <source>{count} more problems</source>
        <translation>{count} problemas más</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Thank-you letter</source>
        <translation>Carta de agradecimiento</translation>
    </message>
    <message>
        <source>LinkedIn invitation note</source>
        <translation>Nota de invitación de LinkedIn</translation>
    </message>
    <message>
        <source>Check-in call script</source>
        <translation>Guion para la llamada de seguimiento</translation>
    </message>
    <message>
        <source>Check-in email</source>
        <translation>Correo de seguimiento</translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation>Solicitud de comentarios</translation>
    </message>
    <message>
        <source>Reply to an offer</source>
        <translation>Respuesta a una oferta</translation>
    </message>
    <message>
        <source>Asking when they will decide</source>
        <translation>Preguntar cuándo decidirán</translation>
    </message>
    <message>
        <source>Reply to a rejection</source>
        <translation>Respuesta a un rechazo</translation>
    </message>
    <message>
        <source>LinkedIn message (after they accept)</source>
        <translation>Mensaje de LinkedIn (cuando acepten)</translation>
    </message>
    <message>
        <source>Asking for more time to decide</source>
        <translation>Pedir más tiempo para decidir</translation>
    </message>
    <message>
        <source>I have an offer: your timeline?</source>
        <translation>Tengo una oferta: ¿cuáles son sus plazos?</translation>
    </message>
    <message>
        <source>Accepting an offer</source>
        <translation>Aceptar una oferta</translation>
    </message>
    <message>
        <source>Declining an offer</source>
        <translation>Rechazar una oferta</translation>
    </message>
    <message>
        <source>Withdrawing from a process</source>
        <translation>Retirarse de un proceso</translation>
    </message>
    <message>
        <source>Letters: {title}</source>
        <translation>Cartas: {title}</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Tipo de carta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>A topic you discussed</source>
        <translation>Un tema que se trató</translation>
    </message>
    <message>
        <source>Picked from your interview notes, or typed: it makes the letter personal.</source>
        <translation>Tomado de tus notas de la entrevista o escrito por ti: hace que la carta sea personal.</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Plantillas…</translation>
    </message>
    <message>
        <source>Edit templates</source>
        <translation>Editar plantillas</translation>
    </message>
    <message>
        <source>Draft from template</source>
        <translation>Redactar con la plantilla</translation>
    </message>
    <message>
        <source>Bring back my text</source>
        <translation>Recuperar mi texto</translation>
    </message>
    <message>
        <source>Undo the last draft from a template (Ctrl+Z)</source>
        <translation>Deshacer el último borrador desde una plantilla (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Hints about the letter; they never stop you from sending it</source>
        <translation>Sugerencias sobre la carta; nunca te impiden enviarla</translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation>Estado de la carta</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <source>Open LinkedIn profile</source>
        <translation>Abrir perfil de LinkedIn</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Guardar como texto…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Carta</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>Pa&amp;ra</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt; (hints only)</source>
        <translation>&lt;b&gt;Comprobaciones&lt;/b&gt; (solo sugerencias)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Asunto</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>New draft from the template. Ctrl+Z brings your text back.</source>
        <translation>Nuevo borrador desde la plantilla. Ctrl+Z recupera tu texto.</translation>
    </message>
    <message>
        <source>Your text is back.</source>
        <translation>Tu texto ha vuelto.</translation>
    </message>
    <message>
        <source>No template for this kind of letter in this language.</source>
        <translation>No hay ninguna plantilla para este tipo de carta en este idioma.</translation>
    </message>
    <message>
        <source>Replace your text?</source>
        <translation>¿Reemplazar tu texto?</translation>
    </message>
    <message>
        <source>Replace your edited letter with a fresh draft?</source>
        <translation>¿Reemplazar la carta que has editado por un borrador nuevo?</translation>
    </message>
    <message>
        <source>This template cannot be used: {error}</source>
        <translation>No se puede usar esta plantilla: {error}</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Opened in your mail program. Come back to mark it as sent.</source>
        <translation>Abierta en tu programa de correo. Vuelve para marcarla como enviada.</translation>
    </message>
    <message>
        <source>No mail program opened it. The letter is on the clipboard: paste it into an email.</source>
        <translation>Ningún programa de correo la abrió. La carta está en el portapapeles: pégala en un correo.</translation>
    </message>
    <message>
        <source>Handed to your mail program. If nothing opened, the letter is on the clipboard: paste it into an email.</source>
        <translation>Enviada a tu programa de correo. Si no se abrió nada, la carta está en el portapapeles: pégala en un correo.</translation>
    </message>
    <message>
        <source>No LinkedIn address recorded for this interviewer: add it in the interview, or search LinkedIn.</source>
        <translation>No hay ninguna dirección de LinkedIn guardada para este entrevistador: añádela en la entrevista o búscalo en LinkedIn.</translation>
    </message>
    <message>
        <source>Profile opened in your browser; the note is on the clipboard to paste.</source>
        <translation>Perfil abierto en tu navegador; la nota está en el portapapeles para que la pegues.</translation>
    </message>
    <message>
        <source>The profile could not be opened. The note is on the clipboard: go to {address} in your browser and paste it.</source>
        <translation>No se pudo abrir el perfil. La nota está en el portapapeles: ve a {address} en tu navegador y pégala.</translation>
    </message>
    <message>
        <source>Handed to your browser; the note is on the clipboard to paste. If nothing opened, go to {address}.</source>
        <translation>Enviado a tu navegador; la nota está en el portapapeles para pegarla. Si no se abrió nada, ve a {address}.</translation>
    </message>
    <message>
        <source>Save letter as text</source>
        <translation>Guardar la carta como texto</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Se guardó {file}.</translation>
    </message>
    <message>
        <source>Export letter as PDF</source>
        <translation>Exportar la carta como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported {file}.</source>
        <translation>Se exportó {file}.</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>No se exportó: {error}</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>Marked as sent on {when}.</source>
        <translation>Marcada como enviada el {when}.</translation>
    </message>
    <message>
        <source>Not marked as sent: the letter is still yours to edit.</source>
        <translation>No se marcó como enviada: puedes seguir editando la carta.</translation>
    </message>
    <message>
        <source>It still has a gap to fill: {gaps}.</source>
        <translation>Aún tiene huecos por completar: {gaps}.</translation>
    </message>
    <message>
        <source>Mark as sent as it is?</source>
        <translation>¿Marcar como enviada tal como está?</translation>
    </message>
    <message>
        <source>This letter may not be ready to send:</source>
        <translation>Puede que esta carta no esté lista para enviarse:</translation>
    </message>
    <message>
        <source>&amp;Mark as sent anyway</source>
        <translation>&amp;Marcar como enviada igualmente</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation>Enviada ✓</translation>
    </message>
    <message>
        <source>Sent on {when}.</source>
        <translation>Enviada el {when}.</translation>
    </message>
    <message>
        <source>Suggested sending time</source>
        <translation>Momento sugerido para enviarla</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>the interviewer&apos;s full name</source>
        <translation>el nombre completo del entrevistador</translation>
    </message>
    <message>
        <source>the interviewer&apos;s first name</source>
        <translation>el nombre de pila del entrevistador</translation>
    </message>
    <message>
        <source>the interviewer&apos;s title</source>
        <translation>el cargo del entrevistador</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>la empresa</translation>
    </message>
    <message>
        <source>the position</source>
        <translation>el puesto</translation>
    </message>
    <message>
        <source>the interview&apos;s date</source>
        <translation>la fecha de la entrevista</translation>
    </message>
    <message>
        <source>a topic you discussed</source>
        <translation>un tema de la conversación</translation>
    </message>
    <message>
        <source>your name (from Settings)</source>
        <translation>tu nombre (de Ajustes)</translation>
    </message>
    <message>
        <source>the day you must answer your offer by</source>
        <translation>el día límite para responder a tu oferta</translation>
    </message>
    <message>
        <source>the day your other process decides</source>
        <translation>el día en que se decide tu otro proceso</translation>
    </message>
    <message>
        <source>the offer&apos;s terms you entered, to confirm (or a request for them)</source>
        <translation>las condiciones de la oferta que anotaste, para confirmarlas (o para pedirlas)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>The template&apos;s braces do not match ({error}); write {open} and {close} for literal braces.</source>
        <translation>Las llaves de la plantilla no cuadran ({error}); escribe {open} y {close} para llaves literales.</translation>
    </message>
    <message>
        <source>{shown} is not a placeholder Afterview knows. Use one of: {placeholders}.</source>
        <translation>{shown} no es un marcador que Afterview conozca. Usa uno de estos: {placeholders}.</translation>
    </message>
    <message>
        <source>{size} of {limit} characters allowed in a LinkedIn note</source>
        <translation>{size} de {limit} caracteres permitidos en una nota de LinkedIn</translation>
    </message>
    <message>
        <source>Fill in: {placeholders}</source>
        <translation>Completa: {placeholders}</translation>
    </message>
    <message>
        <source>No gaps left to fill</source>
        <translation>No quedan huecos por completar</translation>
    </message>
    <message>
        <source>Thanks them for their time</source>
        <translation>Agradece su tiempo</translation>
    </message>
    <message>
        <source>Add a word of thanks for their time</source>
        <translation>Añade unas palabras de agradecimiento por su tiempo</translation>
    </message>
    <message>
        <source>Reaffirms your interest</source>
        <translation>Reafirma tu interés</translation>
    </message>
    <message>
        <source>Say that you are still interested in the role</source>
        <translation>Di que el puesto te sigue interesando</translation>
    </message>
    <message>
        <source>Same as your letter to {name}: add something personal to each</source>
        <translation>Igual que tu carta a {name}: añade algo personal a cada una</translation>
    </message>
    <message>
        <source>{count} words: short (aim for {low}–{high})</source>
        <translation>{count} palabras: corta (lo ideal es {low}–{high})</translation>
    </message>
    <message>
        <source>{count} words: long (aim for {low}–{high})</source>
        <translation>{count} palabras: larga (lo ideal es {low}–{high})</translation>
    </message>
    <message>
        <source>{count} words: a good length (aim for {low}–{high})</source>
        <translation>{count} palabras: buena extensión (lo ideal es {low}–{high})</translation>
    </message>
    <message>
        <source>Addresses {name} by name</source>
        <translation>Se dirige a {name} por su nombre</translation>
    </message>
    <message>
        <source>Check the spelling of {name}&apos;s name (accents and capitals as recorded)</source>
        <translation>Revisa cómo escribes el nombre de {name} (tildes y mayúsculas tal como lo tienes guardado)</translation>
    </message>
    <message>
        <source>Mention {name} by name</source>
        <translation>Menciona a {name} por su nombre</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
</context>
<context>
    <name>LinkedIn</name>
    <message>
        <source>Premium: notes of up to {limit} characters, no monthly limit</source>
        <translation>Premium: notas de hasta {limit} caracteres, sin límite mensual</translation>
    </message>
    <message>
        <source>No LinkedIn notes left this month ({used} sent, {allowance} allowed)</source>
        <translation>No te quedan notas de LinkedIn este mes ({used} enviadas, {allowance} permitidas)</translation>
    </message>
    <message>
        <source>{used} of {allowance} LinkedIn notes used this month</source>
        <translation>{used} de {allowance} notas de LinkedIn usadas este mes</translation>
    </message>
    <message>
        <source>{used}; the next frees up on {day}</source>
        <translation>{used}; la siguiente queda libre el {day}</translation>
    </message>
    <message>
        <source>No note left for this invitation: connect without a note, then send your thank-you as a message once they accept.</source>
        <translation>No te quedan notas para esta invitación: conecta sin nota y, cuando acepte, envía tu agradecimiento como mensaje.</translation>
    </message>
    <message>
        <source>{name} ({company})</source>
        <translation>{name} ({company})</translation>
    </message>
    <message>
        <source>Keep your notes left for: {names} (decision-makers of open processes first).</source>
        <translation>Reserva las notas que te quedan para: {names} (primero, quienes deciden en los procesos abiertos).</translation>
    </message>
    <message>
        <source>Do not withdraw an invitation to send it again with a note: LinkedIn then blocks inviting that person for up to {weeks} weeks.</source>
        <translation>No retires una invitación para volver a enviarla con nota: si lo haces, LinkedIn no te deja invitar a esa persona durante un máximo de {weeks} semanas.</translation>
    </message>
</context>
<context>
    <name>LinkedInQuota</name>
    <message>
        <source>LinkedIn notes</source>
        <translation>Notas de LinkedIn</translation>
    </message>
    <message>
        <source>Connected without a note</source>
        <translation>Conecté sin nota</translation>
    </message>
    <message>
        <source>Marks the invitation done; it does not count as a note.</source>
        <translation>Marca la invitación como hecha; no cuenta como nota.</translation>
    </message>
    <message>
        <source>Write the message</source>
        <translation>Escribir el mensaje</translation>
    </message>
    <message>
        <source>Write the message instead</source>
        <translation>Escribir el mensaje en su lugar</translation>
    </message>
    <message>
        <source>This invitation is already done.</source>
        <translation>Esta invitación ya está hecha.</translation>
    </message>
    <message>
        <source>Invitation marked done, connected without a note: no note counted.</source>
        <translation>Invitación marcada como hecha, conectaste sin nota: no cuenta como nota.</translation>
    </message>
    <message>
        <source>No LinkedIn note left</source>
        <translation>No te queda ninguna nota de LinkedIn</translation>
    </message>
    <message>
        <source>{quota}. LinkedIn will probably not have let this invitation carry a note. If you connected without one, choose Connected without a note: the invitation is done and no note is counted.</source>
        <translation>{quota}. Seguramente LinkedIn no habrá dejado que esta invitación lleve una nota. Si conectaste sin ella, elige «Conecté sin nota»: la invitación queda hecha y no cuenta como nota.</translation>
    </message>
    <message>
        <source>Connected &amp;without a note</source>
        <translation>Conecté &amp;sin nota</translation>
    </message>
    <message>
        <source>&amp;Mark the note sent</source>
        <translation>&amp;Marcar la nota como enviada</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>--self-test, --minimized and --exit-after-show start the app; they cannot go with &apos;{command}&apos;.</source>
        <translation>--self-test, --minimized y --exit-after-show inician la aplicación; no se pueden usar con &apos;{command}&apos;.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder name.</source>
        <translation>--data-dir necesita un nombre de carpeta.</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error}); details are in {file}.</source>
        <translation>error inesperado ({kind}: {error}); los detalles están en {file}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer «Eliminar»</translation>
    </message>
    <message>
        <source>&amp;Undo done</source>
        <translation>&amp;Deshacer «Hecho»</translation>
    </message>
    <message>
        <source>&amp;Undo skip</source>
        <translation>&amp;Deshacer «Omitir»</translation>
    </message>
    <message>
        <source>&amp;Undo snooze</source>
        <translation>&amp;Deshacer «Posponer»</translation>
    </message>
    <message>
        <source>&amp;Undo the offer decision</source>
        <translation>&amp;Deshacer la decisión sobre la oferta</translation>
    </message>
    <message>
        <source>Undone: delete ({title}).</source>
        <translation>Deshecho: «Eliminar» ({title}).</translation>
    </message>
    <message>
        <source>Undone: done ({title}).</source>
        <translation>Deshecho: «Hecho» ({title}).</translation>
    </message>
    <message>
        <source>Undone: skip ({title}).</source>
        <translation>Deshecho: «Omitir» ({title}).</translation>
    </message>
    <message>
        <source>Undone: snooze ({title}).</source>
        <translation>Deshecho: «Posponer» ({title}).</translation>
    </message>
    <message>
        <source>Undone: the decision on the offer ({title}).</source>
        <translation>Deshecho: la decisión sobre la oferta ({title}).</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>{place}: {count} to do</source>
        <translation>{place}: {count} por hacer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Nueva entrevista…</translation>
    </message>
    <message>
        <source>Import calendar invi&amp;tation…</source>
        <translation>Importar una invi&amp;tación de calendario…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet (CSV)…</source>
        <translation>&amp;Importar de una hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <source>Export to a &amp;spreadsheet (CSV)…</source>
        <translation>Exportar a una &amp;hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <source>Export to a &amp;calendar (.ics)…</source>
        <translation>Exportar a un &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>Export c&amp;ontacts (.vcf)…</source>
        <translation>Exportar c&amp;ontactos (.vcf)…</translation>
    </message>
    <message>
        <source>&amp;Job-search report…</source>
        <translation>In&amp;forme de búsqueda de empleo…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Co&amp;pia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore a &amp;previous version…</source>
        <translation>Restaurar una &amp;versión anterior…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Find application…</source>
        <translation>&amp;Buscar candidatura…</translation>
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
        <source>&amp;Guide: after the interview</source>
        <translation>&amp;Guía: después de la entrevista</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>Saved {title}. Its follow-ups are on Today.</source>
        <translation>Se guardó {title}. Sus seguimientos están en Hoy.</translation>
    </message>
    <message>
        <source>Add an interview to this application first, then review it.</source>
        <translation>Primero añade una entrevista a esta candidatura y luego valórala.</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Se guardó {file}.</translation>
    </message>
    <message>
        <source>Add an interview first: letters go to the people you met.</source>
        <translation>Primero añade una entrevista: las cartas van dirigidas a las personas que conociste.</translation>
    </message>
    <message>
        <source>Delete {title} with its interviews, reviews and letters?

You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar {title} con sus entrevistas, valoraciones y cartas?

Puedes deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Deleted {title}. Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>Se eliminó {title}. Editar › Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Everything that should happen after a job interview.&lt;/p&gt;&lt;p&gt;Your data: {data_dir}&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Afterview works offline: it never uses the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Todo lo que conviene hacer después de una entrevista de trabajo.&lt;/p&gt;&lt;p&gt;Tus datos: {data_dir}&lt;/p&gt;&lt;p&gt;Software libre con licencia MIT. Afterview funciona sin conexión: nunca usa la red.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Offers</name>
    <message>
        <source>That application is no longer in your data.</source>
        <translation>Esa candidatura ya no está en tus datos.</translation>
    </message>
    <message>
        <source>You have already accepted {accepted}. Accepting a second offer means going back on your word; they would be told you withdraw.</source>
        <translation>Ya has aceptado {accepted}. Aceptar una segunda oferta supone faltar a tu palabra; habría que decirles que te retiras.</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Responder antes del</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>The offer desk</source>
        <translation>El panel de ofertas</translation>
    </message>
    <message>
        <source>No open offer. When you record one (Outcome: they made me an offer), it is here.</source>
        <translation>No hay ninguna oferta abierta. Cuando registres una (Resultado: me hicieron una oferta), aparecerá aquí.</translation>
    </message>
    <message>
        <source>An offer deserves time to decide. If another process decides after the deadline, ask early for more time (call, then confirm in writing) and tell the other employers you have an offer. Once you accept, withdraw from the others, and keep your word.</source>
        <translation>Una oferta merece que te tomes tiempo para decidir. Si otro proceso se decide después del plazo, pide pronto más tiempo (llama y luego confírmalo por escrito) y di a las demás empresas que tienes una oferta. Cuando aceptes, retírate de los demás procesos y cumple tu palabra.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Your other open processes</source>
        <translation>Tus otros procesos abiertos</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Aceptar…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Accept the offer from {company}</source>
        <translation>Aceptar la oferta de {company}</translation>
    </message>
    <message>
        <source>Decline the offer from {company}</source>
        <translation>Rechazar la oferta de {company}</translation>
    </message>
    <message>
        <source>The offers&apos; terms side by side</source>
        <translation>Comparación de las condiciones de las ofertas</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>They decide</source>
        <translation>Deciden</translation>
    </message>
    <message>
        <source>In time?</source>
        <translation>¿A tiempo?</translation>
    </message>
    <message>
        <source>Next interview</source>
        <translation>Próxima entrevista</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Write the letter…</source>
        <translation>Escribir la carta…</translation>
    </message>
    <message>
        <source>Write the letter: {action}</source>
        <translation>Escribir la carta: {action}</translation>
    </message>
    <message>
        <source>Accept the offer from {title}?</source>
        <translation>¿Aceptar la oferta de {title}?</translation>
    </message>
    <message>
        <source>The other open offer will be declined, with a letter to send to it.</source>
        <translation>Se rechazará la otra oferta abierta y tendrás una carta que enviarle.</translation>
    </message>
    <message>
        <source>The {count} other open offers will be declined, with a letter to send to each.</source>
        <translation>Se rechazarán las otras {count} ofertas abiertas y tendrás una carta que enviar a cada una.</translation>
    </message>
    <message>
        <source>The other open process will be closed, with a letter to send to it.</source>
        <translation>Se cerrará el otro proceso abierto y tendrás una carta que enviarle.</translation>
    </message>
    <message>
        <source>The {count} other open processes will be closed, with a letter to send to each.</source>
        <translation>Se cerrarán los otros {count} procesos abiertos y tendrás una carta que enviar a cada uno.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puedes deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Accept the offer</source>
        <translation>Aceptar la oferta</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>A second acceptance</source>
        <translation>Una segunda aceptación</translation>
    </message>
    <message>
        <source>Accept &amp;anyway</source>
        <translation>Aceptar &amp;igualmente</translation>
    </message>
    <message>
        <source>Decline the offer from {title}? A gracious letter keeps the door open. You can undo this.</source>
        <translation>¿Rechazar la oferta de {title}? Una carta amable deja la puerta abierta. Puedes deshacerlo.</translation>
    </message>
    <message>
        <source>Decline the offer</source>
        <translation>Rechazar la oferta</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>No answer date recorded: ask them by when they need your answer.</source>
        <translation>No hay ninguna fecha de respuesta guardada: pregúntales para cuándo necesitan tu respuesta.</translation>
    </message>
    <message>
        <source>The answer date, {day}, has passed.</source>
        <translation>La fecha de respuesta, el {day}, ya ha pasado.</translation>
    </message>
    <message>
        <source>{count} day left</source>
        <translation>queda {count} día</translation>
    </message>
    <message>
        <source>{count} days left</source>
        <translation>quedan {count} días</translation>
    </message>
    <message>
        <source>{count} business day</source>
        <translation>{count} día laborable</translation>
    </message>
    <message>
        <source>{count} business days</source>
        <translation>{count} días laborables</translation>
    </message>
    <message>
        <source>Answer by {day}: {left} ({business}).</source>
        <translation>Responde antes del {day}: {left} ({business}).</translation>
    </message>
    <message>
        <source>You accepted this offer on {day}.</source>
        <translation>Aceptaste esta oferta el {day}.</translation>
    </message>
    <message>
        <source>Still to do: confirm your acceptance in writing.</source>
        <translation>Por hacer: confirmar tu aceptación por escrito.</translation>
    </message>
    <message>
        <source>Still to do: tell the other employer you withdraw, with the letter below.</source>
        <translation>Por hacer: decirle a la otra empresa que te retiras, con la carta de aquí abajo.</translation>
    </message>
    <message>
        <source>Still to do: tell the {count} other employers you withdraw, one letter each, below.</source>
        <translation>Por hacer: decirles a las otras {count} empresas que te retiras, con una carta para cada una, aquí abajo.</translation>
    </message>
    <message>
        <source>Nothing left to send: every letter about this decision is done.</source>
        <translation>No queda nada por enviar: ya están hechas todas las cartas sobre esta decisión.</translation>
    </message>
    <message>
        <source>as they said it, e.g. 32.000 € gross a year</source>
        <translation>tal como te lo dijeron, p. ej., 32.000 € brutos al año</translation>
    </message>
    <message>
        <source>Other terms</source>
        <translation>Otras condiciones</translation>
    </message>
    <message>
        <source>e.g. hybrid, 23 days of holiday, a laptop</source>
        <translation>p. ej., híbrido, 23 días de vacaciones, un portátil</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>cannot use {folder} as Afterview&apos;s data folder: it is a file.</source>
        <translation>no se puede usar {folder} como carpeta de datos de Afterview: es un archivo.</translation>
    </message>
    <message>
        <source>cannot use {folder} as Afterview&apos;s data folder: {reason}.</source>
        <translation>no se puede usar {folder} como carpeta de datos de Afterview: {reason}.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>A snooze needs a time in the future.</source>
        <translation>Para posponer hace falta una hora en el futuro.</translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>Questions you record in your interview reviews gather here, so your next preparation starts from them.</source>
        <translation>Las preguntas que apuntes en tus valoraciones de entrevistas se reúnen aquí, para que tu próxima preparación parta de ellas.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Times asked</source>
        <translation>Veces que te la hicieron</translation>
    </message>
    <message>
        <source>Latest answer</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <source>Latest rating</source>
        <translation>Última puntuación</translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>To improve: {notes}</source>
        <translation>A mejorar: {notes}</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Buscar preguntas</translation>
    </message>
    <message>
        <source>Shows only the questions whose wording or latest answer contains this</source>
        <translation>Muestra solo las preguntas cuyo texto o última respuesta contiene esto</translation>
    </message>
    <message>
        <source>Questions asked in your interviews</source>
        <translation>Preguntas que te hicieron en tus entrevistas</translation>
    </message>
    <message>
        <source>Number of questions shown</source>
        <translation>Número de preguntas mostradas</translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation>Aún no hay preguntas</translation>
    </message>
    <message>
        <source>{count} question</source>
        <translation>{count} pregunta</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} preguntas</translation>
    </message>
    <message>
        <source>No question matches “{search}” (of {total})</source>
        <translation>Ninguna pregunta coincide con «{search}» (de {total})</translation>
    </message>
    <message>
        <source>{shown} of {total} questions</source>
        <translation>{shown} de {total} preguntas</translation>
    </message>
    <message>
        <source>Review an interview (Applications › Review interview) and note each question you were asked.</source>
        <translation>Valora una entrevista (Candidaturas › Valorar la entrevista) y anota cada pregunta que te hicieron.</translation>
    </message>
    <message>
        <source>Review your latest interview</source>
        <translation>Valora tu última entrevista</translation>
    </message>
    <message>
        <source>Start with an interview: once it is over, its review asks for the questions.</source>
        <translation>Empieza por una entrevista: cuando termine, su valoración te pedirá las preguntas.</translation>
    </message>
    <message>
        <source>Add the interview you just had</source>
        <translation>Añade la entrevista que acabas de tener</translation>
    </message>
</context>
<context>
    <name>ReminderLoop</name>
    <message>
        <source>{count} follow-ups came due while your computer was asleep</source>
        <translation>{count} seguimientos vencieron mientras tu ordenador estaba en reposo</translation>
    </message>
    <message>
        <source>{count} follow-ups came due while Afterview was closed</source>
        <translation>{count} seguimientos vencieron mientras Afterview estaba cerrado</translation>
    </message>
    <message>
        <source>{count} follow-ups are due</source>
        <translation>{count} seguimientos pendientes</translation>
    </message>
    <message>
        <source>… and {count} more in Afterview</source>
        <translation>… y {count} más en Afterview</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>application</source>
        <translation>candidatura</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entrevista</translation>
    </message>
    <message>
        <source>letter sent</source>
        <translation>carta enviada</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>fecha de decisión</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>lecciones</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Stage now: {stage}</source>
        <translation>Etapa actual: {stage}</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nada en este periodo.</translation>
    </message>
    <message>
        <source>Job-search report</source>
        <translation>Informe de búsqueda de empleo</translation>
    </message>
    <message>
        <source>{what} (still to come)</source>
        <translation>{what} (pendiente)</translation>
    </message>
    <message>
        <source>Checked in with {company} (check-in {number})</source>
        <translation>Hiciste un seguimiento con {company} (seguimiento n.º {number})</translation>
    </message>
    <message>
        <source>Prepared for {name}</source>
        <translation>Preparado para {name}</translation>
    </message>
    <message>
        <source>Everything recorded up to {last}</source>
        <translation>Todo lo registrado hasta el {last}</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <source>Made on {when}</source>
        <translation>Generado el {when}</translation>
    </message>
    <message>
        <source>Applications: {count}</source>
        <translation>Candidaturas: {count}</translation>
    </message>
    <message>
        <source>Interviews: {count}</source>
        <translation>Entrevistas: {count}</translation>
    </message>
    <message>
        <source>Offers: {count}</source>
        <translation>Ofertas: {count}</translation>
    </message>
    <message>
        <source>Thank-you letters sent on time: {on_time} of {due}</source>
        <translation>Cartas de agradecimiento enviadas a tiempo: {on_time} de {due}</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>position</source>
        <translation>puesto</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <source>details</source>
        <translation>detalles</translation>
    </message>
    <message>
        <source>Everything from the beginning</source>
        <translation>Todo desde el principio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>PDF (A4, to print or send)</source>
        <translation>PDF (A4, para imprimir o enviar)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>CSV (a spreadsheet, one row per event)</source>
        <translation>CSV (una hoja de cálculo, una fila por evento)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save the job-search report</source>
        <translation>Guardar el informe de búsqueda de empleo</translation>
    </message>
    <message>
        <source>{kind} (*.{extension})</source>
        <translation>{kind} (*.{extension})</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
</context>
<context>
    <name>Restored</name>
    <message>
        <source>{count} application</source>
        <translation>{count} candidatura</translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation>{count} candidaturas</translation>
    </message>
    <message>
        <source>{count} interview</source>
        <translation>{count} entrevista</translation>
    </message>
    <message>
        <source>{count} interviews</source>
        <translation>{count} entrevistas</translation>
    </message>
    <message>
        <source>Replaced your data with {source}: {applications} ({interviews}). Your previous data is kept in {backup}.</source>
        <translation>Tus datos se reemplazaron por los de {source}: {applications} ({interviews}). Tus datos anteriores se conservan en {backup}.</translation>
    </message>
    <message>
        <source>Imported {applications} ({interviews}) from {source}.</source>
        <translation>Importado de {source}: {applications} ({interviews}).</translation>
    </message>
    <message>
        <source>Skipped {count} application already in your data.</source>
        <translation>Se omitió {count} candidatura que ya estaba en tus datos.</translation>
    </message>
    <message>
        <source>Skipped {count} applications already in your data.</source>
        <translation>Se omitieron {count} candidaturas que ya estaban en tus datos.</translation>
    </message>
    <message>
        <source>Skipped {count} application already in your data</source>
        <translation>Se omitió {count} candidatura que ya estaba en tus datos</translation>
    </message>
    <message>
        <source>Skipped {count} applications already in your data</source>
        <translation>Se omitieron {count} candidaturas que ya estaban en tus datos</translation>
    </message>
    <message>
        <source>{count} new interview</source>
        <translation>{count} entrevista nueva</translation>
    </message>
    <message>
        <source>{count} new interviews</source>
        <translation>{count} entrevistas nuevas</translation>
    </message>
    <message>
        <source>{skipped}, adding {interviews} to them.</source>
        <translation>{skipped}, y se les añadió: {interviews}.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Question asked</source>
        <translation>Pregunta que te hicieron</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>What to improve</source>
        <translation>Qué mejorar</translation>
    </message>
    <message>
        <source>1 · poor</source>
        <translation>1 · mal</translation>
    </message>
    <message>
        <source>3 · fair</source>
        <translation>3 · regular</translation>
    </message>
    <message>
        <source>5 · great</source>
        <translation>5 · genial</translation>
    </message>
    <message>
        <source>no interviewer recorded</source>
        <translation>sin entrevistador registrado</translation>
    </message>
    <message>
        <source>{when} · {round} · with {people}</source>
        <translation>{when} · {round} · con {people}</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Review: {title}</source>
        <translation>Valoración: {title}</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Preguntas que te hicieron</translation>
    </message>
    <message>
        <source>One row per question: the question, your answer, a rating from 1 to 5, what to improve</source>
        <translation>Una fila por pregunta: la pregunta, tu respuesta, una puntuación del 1 al 5 y qué mejorar</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar la seleccionada</translation>
    </message>
    <message>
        <source>Remove selected question</source>
        <translation>Quitar la pregunta seleccionada</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Puntuación general</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Qué salió bien</translation>
    </message>
    <message>
        <source>I have finished this review</source>
        <translation>He terminado esta valoración</translation>
    </message>
    <message>
        <source>&amp;Overall</source>
        <translation>&amp;Valoración general</translation>
    </message>
    <message>
        <source>What went &amp;well</source>
        <translation>Qué &amp;salió bien</translation>
    </message>
    <message>
        <source>What to &amp;improve</source>
        <translation>Qué &amp;mejorar</translation>
    </message>
    <message>
        <source>Write down each question while you remember it; they gather in your question bank.</source>
        <translation>Apunta cada pregunta mientras la recuerdes; se irán reuniendo en tu banco de preguntas.</translation>
    </message>
    <message>
        <source>Rating of question {number}</source>
        <translation>Puntuación de la pregunta {number}</translation>
    </message>
    <message>
        <source>They answered: the process goes on</source>
        <translation>Respondieron: el proceso sigue</translation>
    </message>
    <message>
        <source>They made me an offer</source>
        <translation>Me hicieron una oferta</translation>
    </message>
    <message>
        <source>I was not selected</source>
        <translation>No me seleccionaron</translation>
    </message>
    <message>
        <source>No answer: close this process</source>
        <translation>Sin respuesta: cerrar este proceso</translation>
    </message>
    <message>
        <source>I withdrew</source>
        <translation>Me retiré</translation>
    </message>
    <message>
        <source>Overall: {rating}/5</source>
        <translation>General: {rating}/5</translation>
    </message>
    <message>
        <source>To improve: {improvement}</source>
        <translation>A mejorar: {improvement}</translation>
    </message>
    <message>
        <source>No interview review recorded for this application.</source>
        <translation>No hay ninguna valoración de entrevista registrada para esta candidatura.</translation>
    </message>
    <message>
        <source>{question} ({rating}/5): improve {improvement}</source>
        <translation>{question} ({rating}/5): mejorar {improvement}</translation>
    </message>
    <message>
        <source>{question} ({rating}/5)</source>
        <translation>{question} ({rating}/5)</translation>
    </message>
    <message>
        <source>{question}: improve {improvement}</source>
        <translation>{question}: mejorar {improvement}</translation>
    </message>
    <message>
        <source>Outcome: {title}</source>
        <translation>Resultado: {title}</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Lo que dijeron</translation>
    </message>
    <message>
        <source>Positive take-aways</source>
        <translation>Aspectos positivos</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>El resultado</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>What will you do differently in your next interview?</source>
        <translation>¿Qué harás de otra forma en tu próxima entrevista?</translation>
    </message>
    <message>
        <source>Your interview reviews</source>
        <translation>Tus valoraciones de entrevistas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons learned&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lecciones aprendidas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positive take-aways&lt;/b&gt;: what went well, what you gained</source>
        <translation>&lt;b&gt;Aspectos positivos&lt;/b&gt;: qué salió bien y qué ganaste</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your reviews&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tus valoraciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: what happened?</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: ¿qué pasó?</translation>
    </message>
    <message>
        <source>What they said (optional)</source>
        <translation>Lo que dijeron (opcional)</translation>
    </message>
    <message>
        <source>They want an answer by</source>
        <translation>Quieren una respuesta antes del</translation>
    </message>
    <message>
        <source>Answer the offer by</source>
        <translation>Responder a la oferta antes del</translation>
    </message>
    <message>
        <source>Choose what happened first.</source>
        <translation>Primero elige qué pasó.</translation>
    </message>
</context>
<context>
    <name>SendTime</name>
    <message>
        <source>Best sent: {when}, after your quiet hours (its best moment, {missed}, has passed)</source>
        <translation>Mejor momento para enviarla: {when}, después de tus horas de silencio (su momento ideal, {missed}, ya ha pasado)</translation>
    </message>
    <message>
        <source>Send it when you can today: its best moment ({missed}) has passed</source>
        <translation>Envíala hoy cuando puedas: su mejor momento ({missed}) ya ha pasado</translation>
    </message>
    <message>
        <source>the evening of a morning interview</source>
        <translation>por la tarde, tras una entrevista matutina</translation>
    </message>
    <message>
        <source>the morning after an afternoon interview</source>
        <translation>a la mañana siguiente, tras una entrevista vespertina</translation>
    </message>
    <message>
        <source>{why}, after your quiet hours</source>
        <translation>{why}, después de tus horas de silencio</translation>
    </message>
    <message>
        <source>Best sent: {when} ({why})</source>
        <translation>Mejor momento para enviarla: {when} ({why})</translation>
    </message>
    <message>
        <source>Its deadline on Today ({when}) has passed: still worth sending.</source>
        <translation>El plazo que marca Hoy ({when}) ya ha pasado: aún merece la pena enviarla.</translation>
    </message>
    <message>
        <source>Due by {when}, as on Today.</source>
        <translation>Vence el {when}, como indica Hoy.</translation>
    </message>
    <message>
        <source>The best moment is advice; the deadline is what Today&apos;s card counts down to (“due in …”). A letter sent any time before the deadline is on time.</source>
        <translation>El mejor momento es un consejo; el plazo es donde termina la cuenta atrás de la tarjeta de Hoy («vence en …»). Una carta enviada en cualquier momento antes del plazo llega a tiempo.</translation>
    </message>
    <message>
        <source>{suggestion}. {deadline}</source>
        <translation>{suggestion}. {deadline}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Signs your letters.</source>
        <translation>Firma tus cartas.</translation>
    </message>
    <message>
        <source>My email addresses</source>
        <translation>Mis direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>Separated by commas, semicolons or spaces. Left out of the interviewers of an imported calendar invitation.</source>
        <translation>Separadas por comas, puntos y comas o espacios. No se cuentan como entrevistadores al importar una invitación de calendario.</translation>
    </message>
    <message>
        <source>Remind me what to ask, minutes before an interview starts</source>
        <translation>Recordarme qué preguntar, minutos antes de que empiece una entrevista</translation>
    </message>
    <message>
        <source>A short checklist: ask about the next step and when they will decide, note each interviewer&apos;s name and one topic.</source>
        <translation>Una lista breve: pregunta por el siguiente paso y cuándo decidirán, y apunta el nombre de cada entrevistador y un tema.</translation>
    </message>
    <message>
        <source>Remind me to read my preparation brief the evening before an interview</source>
        <translation>Recordarme leer mi resumen de preparación la tarde antes de una entrevista</translation>
    </message>
    <message>
        <source>Preparation brief reminder at</source>
        <translation>Recordatorio del resumen de preparación a las</translation>
    </message>
    <message>
        <source>On the day before the interview, in your time zone.</source>
        <translation>El día anterior a la entrevista, en tu zona horaria.</translation>
    </message>
    <message>
        <source>Remind me to review the interview, hours after it ends</source>
        <translation>Recordarme valorar la entrevista (horas después de que termine)</translation>
    </message>
    <message>
        <source>Stop reminding me to review it after, days</source>
        <translation>Dejar de recordarme la valoración tras (días)</translation>
    </message>
    <message>
        <source>Send thank-you letters within, hours</source>
        <translation>Enviar cartas de agradecimiento en un plazo de (horas)</translation>
    </message>
    <message>
        <source>Connect on LinkedIn within, days</source>
        <translation>Conectar en LinkedIn en un plazo de (días)</translation>
    </message>
    <message>
        <source>A late letter or invitation is still worth sending for, days</source>
        <translation>Una carta o invitación con retraso aún merece la pena durante (días)</translation>
    </message>
    <message>
        <source>After that the step lapses and is no longer raised.</source>
        <translation>Pasado ese plazo, el paso caduca y deja de proponerse.</translation>
    </message>
    <message>
        <source>Suggest LinkedIn after a screening call</source>
        <translation>Sugerir LinkedIn tras una llamada de preselección</translation>
    </message>
    <message>
        <source>Suggest LinkedIn after a group interview or assessment centre</source>
        <translation>Sugerir LinkedIn tras una entrevista grupal o un centro de evaluación</translation>
    </message>
    <message>
        <source>LinkedIn invitation note limit, characters</source>
        <translation>Límite de la nota de invitación de LinkedIn (caracteres)</translation>
    </message>
    <message>
        <source>On a free account: 200. With Premium, notes may have 300.</source>
        <translation>Con una cuenta gratuita: 200. Con Premium, las notas pueden tener 300.</translation>
    </message>
    <message>
        <source>LinkedIn account</source>
        <translation>Cuenta de LinkedIn</translation>
    </message>
    <message>
        <source>Free accounts may add a note to only a few invitations a month.</source>
        <translation>Las cuentas gratuitas solo pueden añadir una nota a unas pocas invitaciones al mes.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuita</translation>
    </message>
    <message>
        <source>Premium (300 characters, unlimited notes)</source>
        <translation>Premium (300 caracteres, notas ilimitadas)</translation>
    </message>
    <message>
        <source>Personalised invitation notes a month (free account)</source>
        <translation>Notas de invitación personalizadas al mes (cuenta gratuita)</translation>
    </message>
    <message>
        <source>LinkedIn&apos;s help says 5; some accounts get 3 to 10. Counted over the last 30 days.</source>
        <translation>La ayuda de LinkedIn dice 5; algunas cuentas tienen entre 3 y 10. Se cuentan los últimos 30 días.</translation>
    </message>
    <message>
        <source>After the decision date, wait this many business days</source>
        <translation>Tras la fecha de decisión, esperar estos días laborables</translation>
    </message>
    <message>
        <source>With no decision date, check in after, business days</source>
        <translation>Sin fecha de decisión, hacer un seguimiento tras (días laborables)</translation>
    </message>
    <message>
        <source>Check in at most, times</source>
        <translation>Hacer un seguimiento como máximo (veces)</translation>
    </message>
    <message>
        <source>Past this, Afterview suggests closing the process out instead of more contact.</source>
        <translation>A partir de ahí, Afterview propone dar el proceso por cerrado en lugar de volver a contactar.</translation>
    </message>
    <message>
        <source>Days between check-ins, at least</source>
        <translation>Días entre seguimientos, como mínimo</translation>
    </message>
    <message>
        <source>Business hours start (calls only then)</source>
        <translation>Inicio del horario laboral (solo se proponen llamadas en él)</translation>
    </message>
    <message>
        <source>Business hours end</source>
        <translation>Fin del horario laboral</translation>
    </message>
    <message>
        <source>Quiet hours start (no notifications)</source>
        <translation>Inicio de las horas de silencio (sin notificaciones)</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostrar notificaciones</translation>
    </message>
    <message>
        <source>Start Afterview when I log in (in the tray)</source>
        <translation>Iniciar Afterview al iniciar sesión (en la bandeja del sistema)</translation>
    </message>
    <message>
        <source>Your time zone (empty: the computer&apos;s)</source>
        <translation>Tu zona horaria (vacía: la del ordenador)</translation>
    </message>
    <message>
        <source>Quiet hours follow this zone.</source>
        <translation>Las horas de silencio siguen esta zona.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Empty: the computer&apos;s language.</source>
        <translation>Vacío: el idioma del ordenador.</translation>
    </message>
    <message>
        <source>Business hours must end after they start.</source>
        <translation>El horario laboral debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>{label}: must be on or off.</source>
        <translation>{label}: debe estar activado o desactivado.</translation>
    </message>
    <message>
        <source>{label}: must be a whole number.</source>
        <translation>{label}: debe ser un número entero.</translation>
    </message>
    <message>
        <source>{label}: must be from {minimum} to {maximum} (got {value}).</source>
        <translation>{label}: debe estar entre {minimum} y {maximum} (se recibió {value}).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a time of day (expected HH:MM, e.g. 09:00).</source>
        <translation>{label}: «{value}» no es una hora del día (se esperaba HH:MM, p. ej., 09:00).</translation>
    </message>
    <message>
        <source>{label}: must be text.</source>
        <translation>{label}: debe ser texto.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a language Afterview speaks (expected {choices}, or empty to follow the computer).</source>
        <translation>{label}: «{value}» no es un idioma que Afterview hable (se esperaba {choices}, o vacío para usar el del ordenador).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not one of {choices}.</source>
        <translation>{label}: «{value}» no es ninguna de estas opciones: {choices}.</translation>
    </message>
    <message>
        <source>{label}: at most 200 characters.</source>
        <translation>{label}: como máximo 200 caracteres.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>You</source>
        <extracomment>Section titles in page order, each with the keys it shows. Only grouping lives here: a key missing from this table still gets its row, under :data:`OTHER`. The titles are in English (shown through ``translate(&quot;SettingsPage&quot;, …)``).</extracomment>
        <translation>Tú</translation>
    </message>
    <message>
        <source>After each interview</source>
        <translation>Después de cada entrevista</translation>
    </message>
    <message>
        <source>Checking in</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horarios</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Fill in the recommended values. Nothing is saved until you press Save.</source>
        <translation>Rellena los valores recomendados. No se guarda nada hasta que pulses Guardar.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the settings ({shortcut})</source>
        <translation>Guardar los ajustes ({shortcut})</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved. Afterview will speak {language} from its next start.</source>
        <translation>Guardado. Afterview estará en {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Problem with {setting}</source>
        <translation>Problema con {setting}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Not saved: please fix the marked values.</source>
        <translation>No se ha guardado: corrige los valores marcados.</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma del ordenador</translation>
    </message>
    <message>
        <source>The computer&apos;s ({zone})</source>
        <translation>La del ordenador ({zone})</translation>
    </message>
    <message>
        <source>Time zone name</source>
        <translation>Nombre de la zona horaria</translation>
    </message>
</context>
<context>
    <name>Similarity</name>
    <message>
        <source>{percent}% the same as your letter to {name} ({kind})</source>
        <translation>Coincide en un {percent} % con tu carta a {name} ({kind})</translation>
    </message>
    <message>
        <source>{percent}% the same as another letter to this company ({kind})</source>
        <translation>Coincide en un {percent} % con otra carta a esta empresa ({kind})</translation>
    </message>
    <message>
        <source>: make this paragraph your own: “{start}…”</source>
        <translation>: haz tuyo este párrafo: «{start}…»</translation>
    </message>
    <message>
        <source>(and close to {count} more letter)</source>
        <translation>(y se parece a {count} carta más)</translation>
    </message>
    <message>
        <source>(and close to {count} more letters)</source>
        <translation>(y se parece a {count} cartas más)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>its text is damaged or cut short</source>
        <translation>su texto está dañado o cortado</translation>
    </message>
    <message>
        <source>it holds JSON that is nested too deeply or a number too long</source>
        <translation>contiene JSON anidado a demasiada profundidad o un número demasiado largo</translation>
    </message>
    <message>
        <source>its contents do not match the checksum written with them</source>
        <translation>su contenido no coincide con la suma de comprobación guardada con él</translation>
    </message>
    <message>
        <source>the data was written by a newer version of Afterview (data version {version}; this version reads up to {current}). Update Afterview to open it; the file was not changed.</source>
        <translation>los datos los escribió una versión más reciente de Afterview (versión de datos {version}; esta versión lee hasta la {current}). Actualiza Afterview para abrirlos; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>table &apos;{name}&apos; is not an object</source>
        <translation>la tabla &apos;{name}&apos; no es un objeto</translation>
    </message>
    <message>
        <source>table &apos;{name}&apos; has a malformed entry</source>
        <translation>la tabla &apos;{name}&apos; tiene una entrada mal formada</translation>
    </message>
    <message>
        <source>it has a table Afterview does not write (&apos;{name}&apos;)</source>
        <translation>tiene una tabla que Afterview no escribe (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <source>its version or applications table is missing</source>
        <translation>le falta la tabla de versión o la de candidaturas</translation>
    </message>
    <message>
        <source>its version table is malformed</source>
        <translation>su tabla de versión está mal formada</translation>
    </message>
    <message>
        <source>its schema version is missing or not a number</source>
        <translation>falta su versión de esquema o no es un número</translation>
    </message>
    <message>
        <source>it could not be brought up to date ({problem})</source>
        <translation>no se pudo poner al día ({problem})</translation>
    </message>
    <message>
        <source>application {number}</source>
        <translation>la candidatura {number}</translation>
    </message>
    <message>
        <source>{where} has no id</source>
        <translation>{where} no tiene id</translation>
    </message>
    <message>
        <source>{where} is incomplete or has values of the wrong kind</source>
        <translation>{where} está incompleta o tiene valores de un tipo equivocado</translation>
    </message>
    <message>
        <source>two applications have the id {id}</source>
        <translation>dos candidaturas tienen el id {id}</translation>
    </message>
    <message>
        <source>its settings are incomplete or have values of the wrong kind</source>
        <translation>sus ajustes están incompletos o tienen valores de un tipo equivocado</translation>
    </message>
    <message>
        <source>a letter template is malformed</source>
        <translation>una plantilla de carta está mal formada</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>Afterview data has not been read yet.</source>
        <translation>Los datos de Afterview aún no se han leído.</translation>
    </message>
    <message>
        <source>cannot use the data folder {folder}: {reason}.</source>
        <translation>no se puede usar la carpeta de datos {folder}: {reason}.</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}.</source>
        <translation>no se puede leer {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a folder, a device or a pipe?), so it cannot be Afterview&apos;s data; move it away and start again.</source>
        <translation>{file} no es un archivo normal (¿una carpeta, un dispositivo o una tubería?), así que no pueden ser los datos de Afterview; muévelo a otro sitio y vuelve a empezar.</translation>
    </message>
    <message>
        <source>{title} (id {id}) is already in your data; nothing was changed.</source>
        <translation>{title} (id {id}) ya está en tus datos; no se cambió nada.</translation>
    </message>
    <message>
        <source>{title} is no longer in your data; nothing was changed.</source>
        <translation>{title} ya no está en tus datos; no se cambió nada.</translation>
    </message>
    <message>
        <source>Afterview data was closed; it can no longer be changed from here.</source>
        <translation>Los datos de Afterview se cerraron; ya no se pueden cambiar desde aquí.</translation>
    </message>
    <message>
        <source>Afterview data was opened read-only here; nothing can be changed.</source>
        <translation>Los datos de Afterview se abrieron aquí en modo de solo lectura; no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>Your Afterview data could not be read ({reason}).</source>
        <translation>No se pudieron leer tus datos de Afterview ({reason}).</translation>
    </message>
    <message>
        <source>Showing its newest good copy, as of {when} ({holds}).</source>
        <translation>Se muestra su copia buena más reciente, del {when} ({holds}).</translation>
    </message>
    <message>
        <source>Recovered your data as of {when} ({holds}).</source>
        <translation>Se recuperaron tus datos tal como estaban el {when} ({holds}).</translation>
    </message>
    <message>
        <source>No good copy was found, so Afterview started with empty data.</source>
        <translation>No se encontró ninguna copia buena, así que Afterview empezó con los datos vacíos.</translation>
    </message>
    <message>
        <source>Nothing was changed on disk; start Afterview to repair the data file.</source>
        <translation>No se cambió nada en el disco; abre Afterview para reparar el archivo de datos.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {file}.</source>
        <translation>El archivo dañado se conserva como {file}.</translation>
    </message>
    <message>
        <source>{count} application</source>
        <translation>{count} candidatura</translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation>{count} candidaturas</translation>
    </message>
    <message>
        <source>{count} interview</source>
        <translation>{count} entrevista</translation>
    </message>
    <message>
        <source>{count} interviews</source>
        <translation>{count} entrevistas</translation>
    </message>
    <message>
        <source>Afterview data could not be read ({reason}) and the recovered data could not be written: {problem}. Nothing was lost: the damaged file is still in place and kept as {file}; free some space and start Afterview again.</source>
        <translation>No se pudieron leer los datos de Afterview ({reason}) y no se pudieron escribir los datos recuperados: {problem}. No se ha perdido nada: el archivo dañado sigue en su sitio y se conserva como {file}; libera espacio y vuelve a abrir Afterview.</translation>
    </message>
    <message>
        <source>Afterview data could not be read ({reason}), and it could not be kept aside before repairing it: {problem}. Nothing was changed; free some space and start Afterview again.</source>
        <translation>No se pudieron leer los datos de Afterview ({reason}) ni apartarlos antes de repararlos: {problem}. No se cambió nada; libera espacio y vuelve a abrir Afterview.</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>Added to Afterview</source>
        <translation>Añadida a Afterview</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Etapa: {stage}</translation>
    </message>
    <message>
        <source>Interview: {name}</source>
        <translation>Entrevista: {name}</translation>
    </message>
    <message>
        <source>Interview cancelled: {name}</source>
        <translation>Entrevista cancelada: {name}</translation>
    </message>
    <message>
        <source>Cancelled by the employer; it was planned for this date.</source>
        <translation>Cancelada por la empresa; estaba prevista para esta fecha.</translation>
    </message>
    <message>
        <source>No other interview is planned. The stage is still {stage}: change it or record their answer if the process has stopped.</source>
        <translation>No hay ninguna otra entrevista prevista. La etapa sigue siendo {stage}: cámbiala o anota su respuesta si el proceso se ha detenido.</translation>
    </message>
    <message>
        <source>{kind} · {format} · {minutes}</source>
        <translation>{kind} · {format} · {minutes}</translation>
    </message>
    <message>
        <source>Where: {location}</source>
        <translation>Dónde: {location}</translation>
    </message>
    <message>
        <source>With {people}</source>
        <translation>Con {people}</translation>
    </message>
    <message>
        <source>No interviewers recorded</source>
        <translation>No anotaste entrevistadores</translation>
    </message>
    <message>
        <source>Drafted, not sent yet: {letter}</source>
        <translation>Borrador sin enviar: {letter}</translation>
    </message>
    <message>
        <source>Review started, not finished</source>
        <translation>Valoración empezada, sin terminar</translation>
    </message>
    <message>
        <source>When they will decide, as they said: {said}</source>
        <translation>Cuándo decidirán, según dijeron: {said}</translation>
    </message>
    <message>
        <source>The next step, as they said: {step}</source>
        <translation>El siguiente paso, según dijeron: {step}</translation>
    </message>
    <message>
        <source>Overall: {rating} of 5</source>
        <translation>En general: {rating} de 5</translation>
    </message>
    <message>
        <source>{count} question noted</source>
        <translation>{count} pregunta anotada</translation>
    </message>
    <message>
        <source>{count} questions noted</source>
        <translation>{count} preguntas anotadas</translation>
    </message>
    <message>
        <source>Went well: {text}</source>
        <translation>Qué salió bien: {text}</translation>
    </message>
    <message>
        <source>To improve: {text}</source>
        <translation>Qué mejorar: {text}</translation>
    </message>
    <message>
        <source>You reviewed “{name}”</source>
        <translation>Valoraste «{name}»</translation>
    </message>
    <message>
        <source>{letter} to {name}</source>
        <translation>{letter} a {name}</translation>
    </message>
    <message>
        <source>Sent: {letter}</source>
        <translation>Enviaste: {letter}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <source>The day they said they would decide</source>
        <translation>El día en que dijeron que decidirían</translation>
    </message>
    <message>
        <source>They answered: the process goes on</source>
        <translation>Respondieron: el proceso sigue</translation>
    </message>
    <message>
        <source>They made you an offer</source>
        <translation>Te hicieron una oferta</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>No seleccionada</translation>
    </message>
    <message>
        <source>Closed with no answer</source>
        <translation>Cerrada sin respuesta</translation>
    </message>
    <message>
        <source>You withdrew</source>
        <translation>Te retiraste</translation>
    </message>
    <message>
        <source>Reply by {day}</source>
        <translation>Responde como tarde el {day}</translation>
    </message>
    <message>
        <source>Notes: {text}</source>
        <translation>Notas: {text}</translation>
    </message>
    <message>
        <source>Positive take-aways: {text}</source>
        <translation>Aspectos positivos: {text}</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Not done in time: {action}</source>
        <translation>No se hizo a tiempo: {action}</translation>
    </message>
    <message>
        <source>Done: {action}</source>
        <translation>Hecho: {action}</translation>
    </message>
    <message>
        <source>Skipped: {action}</source>
        <translation>Omitido: {action}</translation>
    </message>
    <message>
        <source>Story of the selected application</source>
        <translation>Historia de la candidatura seleccionada</translation>
    </message>
    <message>
        <source>The next step first, then everything that happened, in time order</source>
        <translation>Primero el siguiente paso y después todo lo que pasó, en orden</translation>
    </message>
    <message>
        <source>Select an application to see its story</source>
        <translation>Selecciona una candidatura para ver su historia</translation>
    </message>
    <message>
        <source>Its next step comes first, then each interview, letter, check-in and answer, in the order they happened. Use the arrow keys in the table, or click a row.</source>
        <translation>Primero aparece su siguiente paso y después cada entrevista, carta, seguimiento y respuesta, en el orden en que ocurrieron. Usa las flechas en la tabla o haz clic en una fila.</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Hasta ahora</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Nothing to do for now.</source>
        <translation>Nada que hacer por ahora.</translation>
    </message>
    <message>
        <source>by {when}</source>
        <translation>como tarde el {when}</translation>
    </message>
    <message>
        <source>from {when}</source>
        <translation>desde el {when}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>It is kept as {file}.</source>
        <translation>Se conserva como {file}.</translation>
    </message>
    <message>
        <source>It was left where it is.</source>
        <translation>Se ha dejado donde estaba.</translation>
    </message>
    <message>
        <source>Could not merge {source} from another computer ({problem}).</source>
        <translation>No se pudo combinar {source}, de otro ordenador ({problem}).</translation>
    </message>
    <message>
        <source>Merged {source} (another computer): nothing was new.</source>
        <translation>Se combinó {source} (otro ordenador): no había nada nuevo.</translation>
    </message>
    <message>
        <source>{count} change</source>
        <translation>{count} cambio</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} cambios</translation>
    </message>
    <message>
        <source>Merged {changes} from {source} (another computer): {titles}.</source>
        <translation>Se combinó {source} (otro ordenador), con {changes}: {titles}.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>it is not a log of raised reminders</source>
        <translation>no es un registro de recordatorios mostrados</translation>
    </message>
    <message>
        <source>an entry of the log is malformed</source>
        <translation>una entrada del registro está mal formada</translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <source>No such file or directory</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>operación no permitida</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>no queda espacio en el disco</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>el sistema de archivos es de solo lectura</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>el archivo ya existe</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Letter templates</source>
        <translation>Plantillas de cartas</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Tipo de carta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Subject template</source>
        <translation>Plantilla del asunto</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Plantilla de la carta</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Nueva plantilla…</translation>
    </message>
    <message>
        <source>Delete (back to standard)</source>
        <translation>Eliminar (volver al texto estándar)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}</source>
        <translation>Marcadores: {placeholders}</translation>
    </message>
    <message>
        <source>Saved your template “{name}”.</source>
        <translation>Se guardó tu plantilla “{name}”.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Nombre de la nueva plantilla:</translation>
    </message>
    <message>
        <source>Deleted your template “{name}” (the standard text is back).</source>
        <translation>Se eliminó tu plantilla “{name}” (vuelve a usarse el texto estándar).</translation>
    </message>
    <message>
        <source>Deleted your template “{name}”.</source>
        <translation>Se eliminó tu plantilla “{name}”.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuestos</translation>
    </message>
    <message>
        <source>Done today</source>
        <translation>Hecho hoy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open: {action}</source>
        <translation>Abrir: {action}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Mark done: {action}</source>
        <translation>Marcar como hecho: {action}</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Snooze: {action}</source>
        <translation>Posponer: {action}</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>Una hora</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>Hasta mañana por la mañana</translation>
    </message>
    <message>
        <source>Until a time I choose…</source>
        <translation>Hasta la hora que elijas…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip: {action}</source>
        <translation>Omitir: {action}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <source>Draft the letter: {action}</source>
        <translation>Redactar la carta: {action}</translation>
    </message>
    <message>
        <source>Done: {action}</source>
        <translation>Hecho: {action}</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <source>Remind me again at</source>
        <translation>Volver a recordármelo el</translation>
    </message>
    <message>
        <source>Remind me again at:</source>
        <translation>Volver a recordármelo el:</translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation>Elige un momento en el futuro.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Read the guide: what to do after an interview, and why</source>
        <translation>Lee la guía: qué hacer después de una entrevista, y por qué</translation>
    </message>
    <message>
        <source>Read the guide</source>
        <translation>Leer la guía</translation>
    </message>
    <message>
        <source>Start Afterview when I log in, so reminders reach me with the window closed</source>
        <translation>Abrir Afterview al iniciar sesión, para recibir los recordatorios con la ventana cerrada</translation>
    </message>
    <message>
        <source>Start Afterview when I log in</source>
        <translation>Abrir Afterview al iniciar sesión</translation>
    </message>
    <message>
        <source>Follow-ups to do</source>
        <translation>Seguimientos por hacer</translation>
    </message>
    <message>
        <source>Loading your applications…</source>
        <translation>Cargando tus candidaturas…</translation>
    </message>
    <message>
        <source>Welcome to Afterview</source>
        <translation>Te damos la bienvenida a Afterview</translation>
    </message>
    <message>
        <source>After each interview, Afterview walks you through what career advisers recommend. Two steps to begin:</source>
        <translation>Después de cada entrevista, Afterview te acompaña en lo que recomiendan los orientadores profesionales. Dos pasos para empezar:</translation>
    </message>
    <message>
        <source>Nothing to do this week</source>
        <translation>Nada que hacer esta semana</translation>
    </message>
    <message>
        <source>New follow-ups appear here as soon as you add an interview: thank-you letters, LinkedIn notes, check-ins. Good luck with your search!</source>
        <translation>Los nuevos seguimientos aparecen aquí en cuanto añades una entrevista: cartas de agradecimiento, notas de LinkedIn, seguimientos. ¡Suerte con tu búsqueda!</translation>
    </message>
    <message>
        <source>Add an interview</source>
        <translation>Añadir una entrevista</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>You are up to date. Well done.</source>
        <translation>Estás al día. Bien hecho.</translation>
    </message>
    <message>
        <source>{count} follow-up to do. Short and kind is enough.</source>
        <translation>{count} seguimiento por hacer. Basta con algo breve y amable.</translation>
    </message>
    <message>
        <source>{count} follow-ups to do. Short and kind is enough.</source>
        <translation>{count} seguimientos por hacer. Basta con algo breve y amable.</translation>
    </message>
    <message>
        <source>{count} follow-up to do, {overdue} of them overdue. Short and kind is enough.</source>
        <translation>{count} seguimiento por hacer (atrasados: {overdue}). Basta con algo breve y amable.</translation>
    </message>
    <message>
        <source>{count} follow-ups to do, {overdue} of them overdue. Short and kind is enough.</source>
        <translation>{count} seguimientos por hacer (atrasados: {overdue}). Basta con algo breve y amable.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Afterview backup (*.json);;All files (*)</source>
        <translation>Copia de seguridad de Afterview (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Spreadsheet, comma-separated (*.csv);;Text (*.txt *.tsv);;All files (*)</source>
        <translation>Hoja de cálculo, separada por comas (*.csv);;Texto (*.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Calendar (*.ics);;All files (*)</source>
        <translation>Calendario (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Contacts, vCard (*.vcf);;All files (*)</source>
        <translation>Contactos, vCard (*.vcf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backed up {count} application to {target}.</source>
        <translation>Copia de seguridad de {count} candidatura guardada en {target}.</translation>
    </message>
    <message>
        <source>Backed up {count} applications to {target}.</source>
        <translation>Copia de seguridad de {count} candidaturas guardada en {target}.</translation>
    </message>
    <message>
        <source>Back up all your data</source>
        <translation>Hacer una copia de seguridad de todos tus datos</translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Exportar a una hoja de cálculo</translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation>Exportar a un calendario</translation>
    </message>
    <message>
        <source>Exported {count} contact to {target}.</source>
        <translation>Se exportó {count} contacto a {target}.</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {target}.</source>
        <translation>Se exportaron {count} contactos a {target}.</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Exported {count} application to {target}.</source>
        <translation>Se exportó {count} candidatura a {target}.</translation>
    </message>
    <message>
        <source>Exported {count} applications to {target}.</source>
        <translation>Se exportaron {count} candidaturas a {target}.</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>No se guardó nada: {error}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Cannot restore from {name}: {error} Nothing was changed.</source>
        <translation>No se puede restaurar desde {name}: {error} No se cambió nada.</translation>
    </message>
    <message>
        <source>Restore — {app}</source>
        <translation>Restaurar — {app}</translation>
    </message>
    <message>
        <source>{name} holds {contents}.</source>
        <translation>{name} contiene {contents}.</translation>
    </message>
    <message>
        <source>Your data now holds {count} application.</source>
        <translation>Ahora tus datos contienen {count} candidatura.</translation>
    </message>
    <message>
        <source>Your data now holds {count} applications.</source>
        <translation>Ahora tus datos contienen {count} candidaturas.</translation>
    </message>
    <message>
        <source>Merge adds what your data lacks and keeps everything else.</source>
        <translation>Combinar añade lo que falta en tus datos y conserva todo lo demás.</translation>
    </message>
    <message>
        <source>Replace makes your data exactly the backup; your current data is first kept in the backups folder.</source>
        <translation>Reemplazar deja tus datos exactamente como la copia de seguridad; antes, tus datos actuales se guardan en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importar desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Cannot import {name}: {error} Nothing was imported.</source>
        <translation>No se puede importar {name}: {error} No se importó nada.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Afterview keeps running here and reminds you when a follow-up is due.</source>
        <translation>Afterview sigue funcionando aquí y te avisa cuando vence un seguimiento.</translation>
    </message>
    <message>
        <source>{app}: nothing due</source>
        <translation>{app}: nada pendiente</translation>
    </message>
    <message>
        <source>1 follow-up due: {action} ({company})</source>
        <translation>1 seguimiento pendiente: {action} ({company})</translation>
    </message>
    <message>
        <source>{count} follow-ups due: {action} ({company}) and {more} more</source>
        <translation>{count} seguimientos pendientes: {action} ({company}) y {more} más</translation>
    </message>
    <message>
        <source>… and {count} more in Afterview</source>
        <translation>… y {count} más en Afterview</translation>
    </message>
    <message>
        <source>Nothing due right now</source>
        <translation>Nada pendiente ahora mismo</translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation>Abrir {app}</translation>
    </message>
    <message>
        <source>Snooze all for an hour</source>
        <translation>Posponer todo una hora</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reanudar recordatorios</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Pausar recordatorios hasta mañana</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>&amp;Keep my text</source>
        <translation>&amp;Conservar mi texto</translation>
    </message>
    <message>
        <source>Save your changes before closing?</source>
        <translation>¿Guardar tus cambios antes de cerrar?</translation>
    </message>
    <message>
        <source>If you discard them, they are lost.</source>
        <translation>Si los descartas, se pierden.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Was to interview you on {date} (cancelled): {what}</source>
        <translation>Iba a entrevistarte el {date} (entrevista cancelada): {what}</translation>
    </message>
    <message>
        <source>Interviews you on {date}: {what}</source>
        <translation>Te entrevistará el {date}: {what}</translation>
    </message>
    <message>
        <source>Interviewed you on {date}: {what}</source>
        <translation>Te entrevistó el {date}: {what}</translation>
    </message>
    <message>
        <source>Recorded in Afterview:</source>
        <translation>Registrado en Afterview:</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{count} more problem</source>
        <translation>{count} problema más</translation>
    </message>
    <message>
        <source>{count} more problems</source>
        <translation>{count} problemas más</translation>
    </message>
    <message>
        <source>{problem} (and {more})</source>
        <translation>{problem} (y {more})</translation>
    </message>
    <message>
        <source>{label} is too long: at most {limit} characters, this has {length}.</source>
        <translation>Texto demasiado largo en {label}: el máximo es {limit} caracteres y hay {length}.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>Falta {label}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid email address (expected something like name@company.com).</source>
        <translation>«{value}» no es una dirección de correo electrónico válida (se esperaba algo como nombre@empresa.com).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number (digits, spaces, + ( ) - . allowed).</source>
        <translation>«{value}» no es un número de teléfono (se admiten dígitos, espacios y + ( ) - .).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address (it should start with https://).</source>
        <translation>«{value}» no es una dirección web (debe empezar por https://).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a LinkedIn address (expected something like https://www.linkedin.com/in/name).</source>
        <translation>«{value}» no es una dirección de LinkedIn (se esperaba algo como https://www.linkedin.com/in/nombre).</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {minimum} to {maximum} (got {value}).</source>
        <translation>Se esperaba un número entero del {minimum} al {maximum} en {label} (se recibió {value}).</translation>
    </message>
    <message>
        <source>{label} needs a time zone.</source>
        <translation>Falta la zona horaria en {label}.</translation>
    </message>
    <message>
        <source>{label} must be between the years {first} and {last} (got {value}).</source>
        <translation>El año de {label} debe estar entre {first} y {last} (se recibió {value}).</translation>
    </message>
    <message>
        <source>{label} contains text that is not valid Unicode.</source>
        <translation>Hay texto que no es Unicode válido en {label}.</translation>
    </message>
    <message>
        <source>{label} contains a line break; remove it.</source>
        <translation>Hay un salto de línea en {label}; quítalo.</translation>
    </message>
    <message>
        <source>{label} contains a control character; remove it.</source>
        <translation>Hay un carácter de control en {label}; quítalo.</translation>
    </message>
    <message>
        <source>The interviewer&apos;s name</source>
        <translation>el nombre del entrevistador</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>el cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>el correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>el teléfono</translation>
    </message>
    <message>
        <source>LinkedIn address</source>
        <translation>la dirección de LinkedIn</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>la pregunta</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>tu respuesta</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>la puntuación</translation>
    </message>
    <message>
        <source>What to improve</source>
        <translation>lo que puedes mejorar</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>la puntuación general</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>lo que salió bien</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>la fecha de finalización</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code (expected e.g. en or es).</source>
        <translation>«{value}» no es un código de idioma (se esperaba, p. ej., en o es).</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>el asunto</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>la carta</translation>
    </message>
    <message>
        <source>Sending time</source>
        <translation>la fecha de envío</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>la fecha de inicio</translation>
    </message>
    <message>
        <source>Duration must be a whole number of minutes.</source>
        <translation>La duración debe ser un número entero de minutos.</translation>
    </message>
    <message>
        <source>The interview must end after it starts (at least 1 minute long).</source>
        <translation>La entrevista debe terminar después de empezar (al menos 1 minuto de duración).</translation>
    </message>
    <message>
        <source>Duration is at most {minutes} minutes (24 hours).</source>
        <translation>La duración máxima es de {minutes} minutos (24 horas).</translation>
    </message>
    <message>
        <source>Round name</source>
        <translation>el nombre de la ronda</translation>
    </message>
    <message>
        <source>Location or link</source>
        <translation>el lugar o enlace</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <source>Calendar invitation id</source>
        <translation>el identificador de la invitación de calendario</translation>
    </message>
    <message>
        <source>The letter is addressed to an interviewer who is not in this interview.</source>
        <translation>La carta va dirigida a un entrevistador que no está en esta entrevista.</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>la fecha de vencimiento</translation>
    </message>
    <message>
        <source>Snooze time</source>
        <translation>la fecha hasta la que se pospone</translation>
    </message>
    <message>
        <source>The step number must be a whole number from 1 to 99 (got {value}).</source>
        <translation>El número de paso debe ser un número entero del 1 al 99 (se recibió {value}).</translation>
    </message>
    <message>
        <source>A snoozed follow-up needs the time to remind you again.</source>
        <translation>Un seguimiento pospuesto necesita la fecha en la que volver a recordártelo.</translation>
    </message>
    <message>
        <source>Recording time</source>
        <translation>la fecha de registro</translation>
    </message>
    <message>
        <source>Positive take-aways</source>
        <translation>lo positivo que te llevas</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>el salario</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>la fecha de incorporación</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>la empresa</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>el puesto</translation>
    </message>
    <message>
        <source>Job posting address</source>
        <translation>la dirección de la oferta de empleo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>la ubicación</translation>
    </message>
    <message>
        <source>Decision timeline</source>
        <translation>el plazo de decisión</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>el siguiente paso</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>las lecciones aprendidas</translation>
    </message>
    <message>
        <source>The decision date</source>
        <translation>la fecha de decisión</translation>
    </message>
    <message>
        <source>Creation time</source>
        <translation>la fecha de creación</translation>
    </message>
    <message>
        <source>Time of the last change</source>
        <translation>la fecha del último cambio</translation>
    </message>
    <message>
        <source>The follow-up belongs to an interview that is not in this application.</source>
        <translation>El seguimiento pertenece a una entrevista que no está en esta candidatura.</translation>
    </message>
    <message>
        <source>The id is empty.</source>
        <translation>El identificador está vacío.</translation>
    </message>
    <message>
        <source>The id &apos;{id}&apos; is used twice.</source>
        <translation>El identificador «{id}» aparece dos veces.</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>{count} letter</source>
        <translation>{count} carta</translation>
    </message>
    <message>
        <source>{count} letters</source>
        <translation>{count} cartas</translation>
    </message>
    <message>
        <source>this copy of Afterview&apos;s data cannot be read ({reason}).</source>
        <translation>esta copia de los datos de Afterview no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>the file was cut short; the records after the last whole one are lost</source>
        <translation>el archivo está cortado; se pierden los registros posteriores al último completo</translation>
    </message>
    <message>
        <source>Restore a previous version</source>
        <translation>Restaurar una versión anterior</translation>
    </message>
    <message>
        <source>Afterview keeps a copy of your data after every change (the last 20), one from the start of each of the last 7 days, and one before every restore or import. Choose the one to go back to; you can then merge it with your data or replace your data with it, and your data as it is now is kept first.</source>
        <translation>Afterview guarda una copia de tus datos tras cada cambio (las últimas 20), una del inicio de cada uno de los últimos 7 días y una antes de cada restauración o importación. Elige a cuál volver; después puedes combinarla con tus datos o reemplazar tus datos por ella, y antes se guarda una copia de tus datos tal como están ahora.</translation>
    </message>
    <message>
        <source>Kept copies of your data</source>
        <translation>Copias guardadas de tus datos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>No copies yet: they are made as you save.</source>
        <translation>Aún no hay copias: se hacen a medida que guardas.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>{what} ({when})</source>
        <translation>{what} ({when})</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Ask&lt;/b&gt; before you leave what the next step is and when they will decide.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review&lt;/b&gt; how it went: the questions, your answers, what to improve.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thank&lt;/b&gt; each interviewer with a brief letter within a day.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connect&lt;/b&gt; with them on LinkedIn with a short note.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check in&lt;/b&gt; politely if you hear nothing, but never more than twice.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Learn&lt;/b&gt; from the outcome and take it into your next interview.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pregunta&lt;/b&gt; antes de irte cuál es el siguiente paso y cuándo decidirán.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Valora&lt;/b&gt; cómo fue: las preguntas, tus respuestas, qué mejorar.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Agradece&lt;/b&gt; a cada entrevistador con una carta breve en menos de un día.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conecta&lt;/b&gt; con ellos en LinkedIn con una nota corta.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Haz un seguimiento&lt;/b&gt; con educación si no sabes nada, pero nunca más de dos veces.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Aprende&lt;/b&gt; del resultado y llévalo a tu próxima entrevista.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>What Afterview walks you through after each interview</source>
        <translation>En qué te acompaña Afterview después de cada entrevista</translation>
    </message>
    <message>
        <source>The steps after an interview</source>
        <translation>Los pasos después de una entrevista</translation>
    </message>
    <message>
        <source>Everything stays on this computer.</source>
        <translation>Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>First, about you</source>
        <translation>Primero, sobre ti</translation>
    </message>
    <message>
        <source>Your name signs your letters; your time zone decides when reminders reach you. You can change both later in Settings.</source>
        <translation>Tu nombre firma tus cartas; tu zona horaria decide cuándo te llegan los recordatorios. Puedes cambiar ambos después en Ajustes.</translation>
    </message>
    <message>
        <source>e.g. Lucía Pérez</source>
        <translation>p. ej., Lucía Pérez</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Tu zona horaria</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Save your name and time zone</source>
        <translation>Guardar tu nombre y tu zona horaria</translation>
    </message>
    <message>
        <source>Add it now, while it is fresh: Afterview plans your thank-you letters, LinkedIn notes and check-ins from it, and Today will show what to do first.</source>
        <translation>Añádela ahora, que la tienes fresca: a partir de ella, Afterview planifica tus cartas de agradecimiento, notas de LinkedIn y seguimientos, y Hoy te mostrará qué hacer primero.</translation>
    </message>
    <message>
        <source>Add the interview you just had</source>
        <translation>Añade la entrevista que acabas de tener</translation>
    </message>
    <message>
        <source>Hello, {name}. Just had an interview?</source>
        <translation>Hola, {name}. ¿Acabas de tener una entrevista?</translation>
    </message>
    <message>
        <source>Just had an interview?</source>
        <translation>¿Acabas de tener una entrevista?</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>your interviewer</source>
        <translation>tu entrevistador</translation>
    </message>
    <message>
        <source>Still worth it, to keep the door open: {action}</source>
        <translation>Aún merece la pena, para dejar la puerta abierta: {action}</translation>
    </message>
    <message>
        <source>In the interview: ask about the next step and when they will decide; note each name</source>
        <translation>En la entrevista: pregunta por el siguiente paso y cuándo decidirán; apunta cada nombre</translation>
    </message>
    <message>
        <source>Ask {company} by email when they will decide</source>
        <translation>Pregunta a {company} por correo cuándo decidirán</translation>
    </message>
    <message>
        <source>Add the names of the people you met, so you can thank them</source>
        <translation>Añade los nombres de las personas con quienes hablaste, para poder darles las gracias</translation>
    </message>
    <message>
        <source>Reply briefly and graciously to {company}&apos;s decision</source>
        <translation>Responde con brevedad y amabilidad a la decisión de {company}</translation>
    </message>
    <message>
        <source>Reply to {company}&apos;s offer</source>
        <translation>Responde a la oferta de {company}</translation>
    </message>
    <message>
        <source>Review how the interview went while it is fresh</source>
        <translation>Valora cómo fue la entrevista mientras la tienes reciente</translation>
    </message>
    <message>
        <source>Send your thank-you letter to {name}</source>
        <translation>Envía tu carta de agradecimiento a {name}</translation>
    </message>
    <message>
        <source>Connect with {name} on LinkedIn</source>
        <translation>Conecta con {name} en LinkedIn</translation>
    </message>
    <message>
        <source>Check in again with {company}: a brief, polite call or email</source>
        <translation>Vuelve a hacer un seguimiento con {company}: una llamada o un correo breve y educado</translation>
    </message>
    <message>
        <source>Check in with {company}: a brief, polite call or email</source>
        <translation>Haz un seguimiento con {company}: una llamada o un correo breve y educado</translation>
    </message>
    <message>
        <source>No answer after your check-ins: close this process out and move on</source>
        <translation>Sin respuesta tras tus seguimientos: da por cerrado este proceso y sigue adelante</translation>
    </message>
    <message>
        <source>Write down what you learned from this process</source>
        <translation>Anota lo que aprendiste en este proceso</translation>
    </message>
    <message>
        <source>Optional: ask for feedback on your interviews</source>
        <translation>Opcional: pide comentarios sobre tus entrevistas</translation>
    </message>
    <message>
        <source>Ask {company} for more time to decide on their offer: call, then confirm in writing</source>
        <translation>Pide a {company} más tiempo para decidir sobre su oferta: llama y luego confírmalo por escrito</translation>
    </message>
    <message>
        <source>Tell {company} you have an offer and ask about their timeline</source>
        <translation>Dile a {company} que tienes una oferta y pregunta por sus plazos</translation>
    </message>
    <message>
        <source>Accept {company}&apos;s offer in writing</source>
        <translation>Acepta por escrito la oferta de {company}</translation>
    </message>
    <message>
        <source>Decline {company}&apos;s offer graciously</source>
        <translation>Rechaza con amabilidad la oferta de {company}</translation>
    </message>
    <message>
        <source>Tell {company} you are withdrawing from the process</source>
        <translation>Dile a {company} que te retiras del proceso</translation>
    </message>
    <message>
        <source>Read your preparation brief for your interview with {company}</source>
        <translation>Lee tu resumen de preparación para la entrevista con {company}</translation>
    </message>
    <message>
        <source>in {span}</source>
        <translation>en {span}</translation>
    </message>
    <message>
        <source>snoozed for {span}</source>
        <translation>pospuesto {span}</translation>
    </message>
    <message>
        <source>late by {span}, still worth doing</source>
        <translation>con {span} de retraso, aún vale la pena</translation>
    </message>
    <message>
        <source>due in {span}</source>
        <translation>vence en {span}</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message>
        <source>due for {span}</source>
        <translation>pendiente desde hace {span}</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próximo</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>late</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>pospuesto</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>Email now, or call between {start} and {end} your time ({business_start}–{business_end} in {place})</source>
        <translation>Escribe ahora, o llama entre las {start} y las {end} de tu hora ({business_start}–{business_end} en {place})</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>{count} application could not be read</source>
        <translation>no se pudo leer {count} candidatura</translation>
    </message>
    <message>
        <source>{count} applications could not be read</source>
        <translation>no se pudieron leer {count} candidaturas</translation>
    </message>
    <message>
        <source>{unreadable}, so the file would be incomplete ({problem}). The data file and its copies are in {folder}.</source>
        <translation>{unreadable}, así que el archivo quedaría incompleto ({problem}). El archivo de datos y sus copias están en {folder}.</translation>
    </message>
</context>
</TS>
