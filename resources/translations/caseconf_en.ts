<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupReminder</name>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="273"/>
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
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="554"/>
        <source>Merge &amp;conflicts (%n)…</source>
        <translation>
            <numerusform>Merge &amp;conflicts (%n)…</numerusform>
            <numerusform>Merge &amp;conflicts (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseOverviewPage</name>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="230"/>
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>Overdue by %n day.</numerusform>
            <numerusform>Overdue by %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="235"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="236"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="258"/>
        <source>and %n more on the Actions tab.</source>
        <translation>
            <numerusform>and %n more on the Actions tab.</numerusform>
            <numerusform>and %n more on the Actions tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="306"/>
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="313"/>
        <source>%n consent(s) to confirm at the next conference.</source>
        <translation>
            <numerusform>%n consent to confirm at the next conference.</numerusform>
            <numerusform>%n consents to confirm at the next conference.</numerusform>
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
