<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Backup</name>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="285"/>
        <source>%n case(s) due for retention review.</source>
        <translation>
            <numerusform>%n case due for retention review.</numerusform>
            <numerusform>%n cases due for retention review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="518"/>
        <source>Merge &amp;conflicts (%n)…</source>
        <translation>
            <numerusform>Merge &amp;conflicts (%n)…</numerusform>
            <numerusform>Merge &amp;conflicts (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="103"/>
        <source>%n case(s) due for review.</source>
        <translation>
            <numerusform>%n case due for review.</numerusform>
            <numerusform>%n cases due for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="278"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
