<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Afterview is already running; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no graphical display found (DISPLAY and WAYLAND_DISPLAY are not set). The commands import, export and due work without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Applications</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search company, position, stage or next action  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of applications shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {count} application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {count} applications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>&apos;{name}&apos; is not a valid UTC offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a known time zone (expected e.g. Europe/Madrid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time has no UTC offset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder holding Afterview&apos;s data (default: your user data folder, or $AFTERVIEW_DATA_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: everything that should happen after a job interview. Without a command, starts the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start in the system tray only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that Afterview can run here, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the applications in an Afterview JSON or CSV file (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: from the file name&apos;s extension, else json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Afterview JSON export, a CSV file, or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write all your data to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (a backup), csv (a spreadsheet) or ics (a calendar: interviews and pending follow-ups); default: json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write; - (default) for the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save everything (applications, settings, templates) to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: afterview-backup-&lt;today&gt;.json in the current folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring back a backup: shows what it holds, then merges or replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup or JSON export, or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add what your data lacks; keep everything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make your data exactly the backup (your current data is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the follow-ups due now (or at another moment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-DATETIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-11-25T09:00 (your time zone) or …+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import {name}: {problem} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore {name}: {problem} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import {name}: no column could be recognised for what Afterview needs ({problem}) Give the columns headers such as Company or Empresa, or import the file from the window (File › Import from a spreadsheet), where you choose the columns. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {line}: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import {name}: {rows} (and {more} with problems). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import {name}: {rows}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {line}: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} application could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} applications could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unreadable}, so the export would be incomplete: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to the screen: standard output is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {applications} to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {applications} to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup goes to a file; to see the data on the screen use &apos;afterview export&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds {contents}. Your data holds {applications}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again with --merge (add what your data lacks, keep the rest) or --replace (make your data exactly the backup; your current data is kept in the backups folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no Afterview data in {folder} yet (check --data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due at {moment} ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at: &apos;{text}&apos; is not a date and time (expected e.g. 2026-11-25T09:00 or 2026-11-25T09:00+01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-test failed: a record did not survive encoding and decoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-test failed: the plan has no thank-you letter for an interview with an interviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} follow-up step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} follow-up steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} {version} self-test passed: {applications} and {steps} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codec</name>
    <message>
        <source>must be an object {example}, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (expected one of: {fields}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (one of: {choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (expected YYYY-MM-DD, e.g. 2026-12-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date and time (expected e.g. 2026-11-24T10:00:00+01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} needs a UTC offset (e.g. 2026-11-24T10:00:00+01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is too far in the past or the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list […], not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFields</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision expected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job posting link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview rating (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not an Afterview field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {index} is not a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {number} is chosen for both {fields}; choose it for one only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the interview date too (needed for: {fields}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interviewer&apos;s email needs a name: choose the column that holds the interviewers too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The same interview as row {line} (same application and start): imported once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is empty: every row needs the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is empty, but the row has interview details ({details}): write the interview date, or clear those cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {time} differs from the time in {date_column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: no time given; {time} assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {written} read as {day} (month first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {written} read as {day} (day first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {time} does not exist on {day} in {zone} (the clocks went forward); {used} used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} belongs to one interviewer, but {names} is empty; write each email in &lt;…&gt; after the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} belongs to one interviewer, but {names} names {count}; write each email in &lt;…&gt; after the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: &quot;{value}&quot; differs from the email in {names} ({email}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {name} — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; has {count} row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; has {count} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterview guessed which column holds what: check the guesses on the left, then the rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterview field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each Afterview field, the spreadsheet column that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the rows to import; rows with a problem say what it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: {applications} ({interviews}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row with a problem will be left out; correct the file and import again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows with a problem will be left out; correct the file and import again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more row (see the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more rows (see the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look ({count} row imported as noted in the table):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look ({count} rows imported as noted in the table):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import {count} application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import {count} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {line}: {messages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvSheet</name>
    <message>
        <source>open it in your spreadsheet program and save it as CSV (File › Save as › CSV) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a zipped file, such as an Excel (.xlsx) or LibreOffice (.ods) workbook: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an old Excel (.xls) workbook, not a CSV file: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a PDF document, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a JSON file, not CSV: import it as an Afterview JSON file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no rows: every line is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {line} should name the columns (Company, Position, Date …) but holds no words; add a header row above the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header row but no rows below it: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has {count} columns (at most {limit}); is it really a list of applications?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts like UTF-16 text but is not; save it as CSV UTF-8 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not text (it contains NUL bytes): if it is a spreadsheet, {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than {limit} rows; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {line}: a cell starts with a quote (&quot;) that is never closed; the file may be cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {line} has a cell longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {line} is not valid CSV ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvValues</name>
    <message>
        <source>&quot;{value}&quot; is not a stage (write one of: {choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an outcome (write one of: {choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a format (write one of: {choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a rating (write a whole number from {low} to {high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number of minutes (write it like 45; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (write it like 2026-11-25 or 25/11/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date between the years {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a time (write it like 10:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a known time zone (write it like Europe/Madrid or +01:00).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataLock</name>
    <message>
        <source>Afterview data is in use by another running Afterview (pid {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed, no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. First interview, Technical, Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or meeting link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics discussed, names, anything to mention in your thank-you letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per interviewer: name, title, email and LinkedIn address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers: one thank-you letter and one LinkedIn invitation each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied, screening, interviewing, final round, offer, then the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job posting address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They didn&apos;t say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said about timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said, e.g. &quot;within two weeks&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a technical test, a final interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interview round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When will they decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ste&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this interview?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving this new interview?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the problems shown below; nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>cannot import from standard input: it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the name of the file to import (or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import {file}: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import {file}: it is not a regular file (a device or a pipe?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import {file}: it is too large to be an Afterview export (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a file name to export to (or - for the screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {file}: that is inside Afterview&apos;s data folder; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {file}: it is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {file}: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>After the interview — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps after an interview, and why each matters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsFormat</name>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round: {round}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview: {round}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call during business hours ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it by {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Add your first interview to see how your search is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have thanked {on_time} of {interviewers} on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your self-rating has risen from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} offer so far: well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} offers so far: well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have sent {count} application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have sent {count} applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application reached an interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {count} of your applications reached an interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{interviewed} of your {applied} applications reached an interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going: the call will come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applied} applied, {interviewed} interviewed, {offers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thank-you letters due yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} thank-you letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} thank-you letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{on_time} of {letters} sent on time, {late} sent late, {not_sent} not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interview rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 interview rated: {rating} out of 5 on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} interviews rated, from {first} out of 5 on {first_day} to {last} out of 5 on {last_day}; average {average}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order: {ratings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No point to improve has come back in two interviews yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{theme} in {interviews}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to improve that keep coming back: {themes}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Application funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you letters sent on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thank-you letters due yet. Each interviewer you thank shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sent late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-rating over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings yet. Give an interview an overall rating in its review to see your trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to improve that keep coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing keeps coming back yet. When the same point to improve shows up in two interviews, it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From application to offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you letters on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your self-rating (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To improve, again and again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>{count} application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applications}, {interviews}, your settings and {templates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applications}, {interviews} and your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applications}, {interviews} and {templates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applications}, {interviews}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be an Afterview export (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (is it really an Afterview JSON export?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON: {reason} (line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;{field}&apos; appears twice in one object; which one to keep is unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is nested too deeply to be an Afterview export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold a JSON object with &quot;format&quot;: &quot;afterview&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an Afterview file (it needs &quot;format&quot;: &quot;afterview&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be the number {expected}, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is format version {found}; this Afterview reads version {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Afterview to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown top-level field &apos;{field}&apos; (expected format, version, applications, settings, templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;settings&quot; must be an object {…} of setting names and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings: unknown setting &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;templates&quot; must be an object {…} of &quot;kind/language/name&quot;: text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates: &apos;{key}&apos; is not a template name (expected kind/language/name, e.g. thank_you/en/Short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: must be text of at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;applications&quot; must be a list […] of applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used by two applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems} (and {more}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Thank-you letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn invitation note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in call script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic you discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked from your interview notes, or typed: it makes the letter personal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints about the letter; they never stop you from sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt; (hints only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template for this kind of letter in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your edited letter with a fresh draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template cannot be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program answered; copy the letter instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in your mail program. Come back to mark it as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LinkedIn address recorded for this interviewer: add it in the interview, or search LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile opened in your browser; the note is on the clipboard to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as sent on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>the interviewer&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interviewer&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interviewer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interview&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a topic you discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name (from Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Español</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s braces do not match ({error}); write {open} and {close} for literal braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} is not a placeholder Afterview knows. Use one of: {placeholders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} of {limit} characters allowed in a LinkedIn note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in: {placeholders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps left to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks them for their time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a word of thanks for their time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaffirms your interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say that you are still interested in the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as your letter to {name}: add something personal to each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} words: short (aim for {low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} words: long (aim for {low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} words: a good length (aim for {low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses {name} by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of {name}&apos;s name (accents and capitals as recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention {name} by name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>--self-test, --minimized and --exit-after-show start the app; they cannot go with &apos;{command}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error}); details are in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: delete ({title}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: done ({title}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: skip ({title}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: snooze ({title}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a &amp;spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {title}. Its follow-ups are on Today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an interview to this application first, then review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an interview first: letters go to the people you met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {title} with its interviews, reviews and letters?

You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {title}. Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {action} ({title}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Everything that should happen after a job interview.&lt;/p&gt;&lt;p&gt;Your data: {data_dir}&lt;/p&gt;&lt;p&gt;MIT licence. Works offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>cannot use {folder} as Afterview&apos;s data folder: it is a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use {folder} as Afterview&apos;s data folder: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>A snooze needs a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>Questions you record in your interview reviews gather here, so your next preparation starts from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To improve: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the questions whose wording or latest answer contains this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions asked in your interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of questions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question matches “{search}” (of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderLoop</name>
    <message>
        <source>{count} follow-ups came due while your computer was asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} follow-ups came due while Afterview was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} follow-ups are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more in Afterview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restored</name>
    <message>
        <source>{count} application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced your data with {source}: {applications} ({interviews}). Your previous data is kept in {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {applications} ({interviews}) from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} application already in your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} applications already in your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} application already in your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} applications already in your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skipped}, adding {interviews} to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Question asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 · great</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interviewer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {round} · with {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per question: the question, your answer, a rating from 1 to 5, what to improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have finished this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went &amp;well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down each question while you remember it; they gather in your question bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating of question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They answered: the process goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They made me an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: close this process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall: {rating}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To improve: {improvement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interview review recorded for this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} ({rating}/5): improve {improvement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} ({rating}/5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question}: improve {improvement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive take-aways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you do differently in your next interview?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your interview reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons learned&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Positive take-aways&lt;/b&gt;: what went well, what you gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your reviews&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: what happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs your letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to ask about next steps, minutes before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you leave, ask what the next step is and when they will decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to review the interview, hours after it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reminding me to review it after, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send thank-you letters within, hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect on LinkedIn within, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A late letter or invitation is still worth sending for, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After that the step lapses and is no longer raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn invitation note limit, characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>200 on free accounts, 300 with Premium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the decision date, wait this many business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no decision date, check in after, business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in at most, times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past this, Afterview suggests closing the process out instead of more contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between check-ins, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours start (calls only then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start (no notifications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Afterview when I log in (in the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time zone (empty: the computer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours follow this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the computer&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must be on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must be from {minimum} to {maximum} (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a time of day (expected HH:MM, e.g. 09:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a language Afterview speaks (expected {choices}, or empty to follow the computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>You</source>
        <extracomment>Section titles in page order, each with the keys it shows. Only grouping lives here: a key missing from this table still gets its row, under :data:`OTHER`. The titles are in English (shown through ``translate(&quot;SettingsPage&quot;, …)``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the recommended values. Nothing is saved until you press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Afterview will speak {language} from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with {setting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: please fix the marked values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Your Afterview data could not be read ({reason}). It was kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most recent good backup ({backup}) was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found, so Afterview started with empty data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &apos;{name}&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &apos;{name}&apos; has a malformed entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema version is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an application has no company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterview data has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the data folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterview data cannot be read ({reason}). Start Afterview to repair it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (id {id}) is already in your data; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is no longer in your data; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterview data was closed; it can no longer be changed from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterview data was opened read-only here; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Afterview (data version {version}; this version reads up to {current}). Update Afterview to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (back to standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your template “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted your template “{name}” (the standard text is back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted your template “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Afterview&lt;/h2&gt;&lt;p&gt;After each interview, Afterview walks you through what career advisers recommend:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Ask&lt;/b&gt; before you leave what the next step is and when they will decide.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review&lt;/b&gt; how it went: the questions, your answers, what to improve.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thank&lt;/b&gt; each interviewer with a brief letter within a day.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connect&lt;/b&gt; with them on LinkedIn with a short note.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check in&lt;/b&gt; politely if you hear nothing, but never more than twice.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Learn&lt;/b&gt; from the outcome and take it into your next interview.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a time I choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the letter: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Afterview when I log in, so reminders reach me with the window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Afterview when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do this week. Good luck with your search!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are up to date. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} follow-up to do. Short and kind is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} follow-ups to do. Short and kind is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} follow-up to do, {overdue} of them overdue. Short and kind is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} follow-ups to do, {overdue} of them overdue. Short and kind is enough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Afterview backup (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet, comma-separated (*.csv);;Text (*.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: {count} application could not be read, so the backup would be incomplete ({problem}). The data file and its daily copies are in {data_dir}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: {count} applications could not be read, so the backup would be incomplete ({problem}). The data file and its daily copies are in {data_dir}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {count} application to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {count} applications to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up all your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} application to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} applications to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore from {name}: {error} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds {contents}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data now holds {count} application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data now holds {count} applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge adds what your data lacks and keeps everything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace makes your data exactly the backup; your current data is first kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import {name}: {error} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Afterview keeps running here and reminds you when a follow-up is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 follow-up due: {action} ({company})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} follow-ups due: {action} ({company}) and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more in Afterview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze all for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{count} more problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} (and {more})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is too long: at most {limit} characters, this has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid email address (expected something like name@company.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number (digits, spaces, + ( ) - . allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address (it should start with https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a LinkedIn address (expected something like https://www.linkedin.com/in/name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number from {minimum} to {maximum} (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be between the years {first} and {last} (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} contains text that is not valid Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} contains a line break; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} contains a control character; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviewer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code (expected e.g. en or es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration must be a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview must end after it starts (at least 1 minute long).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration is at most {minutes} minutes (24 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is addressed to an interviewer who is not in this interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step number must be a whole number from 1 to 99 (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snoozed follow-up needs the time to remind you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive take-aways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job posting address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up belongs to an interview that is not in this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &apos;{id}&apos; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>your interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you leave, ask about the next step and when they will decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review how the interview went while it is fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your thank-you letter to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with {name} on LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in again with {company}: a brief, polite call or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in with {company}: a brief, polite call or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer after your check-ins: close this process out and move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what you learned from this process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: ask for feedback on your interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed for {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late by {span}, still worth doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due for {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
