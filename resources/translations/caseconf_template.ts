<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="78"/>
        <source>No passphrase given: use --passphrase-file, CASECONF_PASSPHRASE or a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="79"/>
        <source>Vault passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="80"/>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="81"/>
        <source>The two passphrases differ; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="167"/>
        <source>Created vault {path} for {owner} ({agency}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="178"/>
        <source>--cases must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="182"/>
        <source>Added {cases} demo cases with {conferences} conferences and {entries} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="236"/>
        <source>Imported {cases} cases ({created} records created, {updated} updated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="329"/>
        <source>{option} must be a date like 2026-01-31, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="353"/>
        <source>There is no single person named {name} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="372"/>
        <source>Wrote {path}: {audience} minutes ({tlp}) for {recipient}, SHA-256 {sha}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="421"/>
        <source>Wrote the certificate of {name} to {path}; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="438"/>
        <location filename="../../src/caseconf_desktop/cli.py" line="621"/>
        <source>Now trusting {name}; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="440"/>
        <source>{name} was already trusted; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="114"/>
        <source>Cannot read {path}: there is no file by that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="117"/>
        <location filename="../../src/caseconf_desktop/services/files.py" line="134"/>
        <source>Cannot read {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="120"/>
        <source>{path} is a folder, not {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="124"/>
        <source>{path} is not a regular file, so it cannot be {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="69"/>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="247"/>
        <source>{path} is a folder; name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="276"/>
        <source>Audit head at {at}: row {seq}, SHA-256 {hash}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="280"/>
        <source>Check it later with: caseconf audit verify --anchor {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="454"/>
        <source>Minutes are now signed as {name}; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="468"/>
        <source>Wrote and checked the backup {path} ({size} bytes, SHA-256 {sha}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="489"/>
        <source>Checked the backup and restored it into the vault {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="499"/>
        <source>No new passphrase given: use --new-passphrase-file, CASECONF_NEW_PASSPHRASE or a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="502"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="503"/>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="504"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="520"/>
        <source>Changed the passphrase of {path}; only the new one opens it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="534"/>
        <source>Erased case {ref} and {n} records; the audit log keeps a tombstone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="545"/>
        <source>--years must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="582"/>
        <source>Wrote {files}: {records} records, {disclosures} disclosures, {events} audit events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="610"/>
        <source>Fingerprint: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="623"/>
        <source>{name} is trusted; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="651"/>
        <source>this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="662"/>
        <source>Give either --to NAME (a trusted device) or --passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="674"/>
        <source>Wrote {path}: {cases} cases, {records} records, for {to}; bundle {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="678"/>
        <source>whoever has the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="695"/>
        <source>Imported bundle {id} from {sender}: {created} records added, {updated} changed, {deleted} deleted, {conflicts} new conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="707"/>
        <source>Erased here, as the sender did: {refs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="739"/>
        <source>Resolved conflict {id} ({what}, {field}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="768"/>
        <source>vault file (default: CASECONF_VAULT or the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="774"/>
        <source>read the passphrase from FILE (else CASECONF_PASSPHRASE, else a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="783"/>
        <source>the bundle&apos;s own passphrase, from FILE (or CASECONF_BUNDLE_PASSPHRASE), for a bundle protected by a passphrase instead of addressed to a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="792"/>
        <source>CaseConf: multi-agency case conferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="814"/>
        <source>launch the application (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="816"/>
        <source>create a vault and its owner&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="821"/>
        <source>add synthetic demo cases (never real people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="825"/>
        <source>list and search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="826"/>
        <source>list cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="831"/>
        <source>import a caseconf.v1 JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="834"/>
        <source>export one case as caseconf.v1 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="838"/>
        <source>verify and read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="839"/>
        <source>recompute the audit hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="844"/>
        <source>also check a head printed earlier by &apos;audit anchor&apos; (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="846"/>
        <source>print the current head for the paper file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="847"/>
        <source>list audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="850"/>
        <source>only this person&apos;s actions (name or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="851"/>
        <source>only actions starting with PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="852"/>
        <source>from this day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="853"/>
        <source>up to and including this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="855"/>
        <source>export, verify and countersign signed PDF minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="856"/>
        <source>write one version of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="867"/>
        <source>the agency a recipient who is not on the attendance list receives it for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="870"/>
        <source>write the PDF without signing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="871"/>
        <source>check the signatures of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="874"/>
        <source>add the chair&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="876"/>
        <source>write here instead of in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="878"/>
        <source>the signing identity and trusted signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="880"/>
        <source>write this vault&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="883"/>
        <source>trust a colleague&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="886"/>
        <source>sign with a PKCS#12 key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="891"/>
        <source>write a checked, encrypted copy of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="894"/>
        <source>restore a backup into a new vault (--vault NEWPATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="896"/>
        <source>replace an existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="900"/>
        <source>erase again every case the current VAULT has erased (same passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="903"/>
        <source>change the vault&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="904"/>
        <source>set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="908"/>
        <source>read the new passphrase from FILE (else CASECONF_NEW_PASSPHRASE, else a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="911"/>
        <source>retention review and erasure of one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="912"/>
        <source>erase a case, keeping a tombstone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="916"/>
        <source>cases due for retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="918"/>
        <source>default retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="921"/>
        <source>everything held on one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="925"/>
        <source>why the export is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="927"/>
        <source>this vault&apos;s device identity and trusted devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="928"/>
        <source>print this device&apos;s line and fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="929"/>
        <source>trust another device by its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="931"/>
        <source>the name to address it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="932"/>
        <source>this device and the trusted ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="935"/>
        <source>encrypted, signed case bundles for offline hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="937"/>
        <source>write cases to a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="940"/>
        <source>the trusted device to address it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="945"/>
        <source>only what changed since the last bundle to that device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="948"/>
        <source>check and merge a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="954"/>
        <source>erase here the cases the sender has erased (else such a bundle is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="957"/>
        <source>changes two devices made to the same field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="958"/>
        <source>list open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="961"/>
        <source>settle one conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="964"/>
        <source>the value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="989"/>
        <source>caseconf: interrupted; nothing more was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="121"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="122"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="127"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="131"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="132"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="133"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="134"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="135"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="139"/>
        <source>Open actions list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="155"/>
        <source>{n} open actions, {o} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaRunner</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="516"/>
        <source>Agenda runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="521"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="526"/>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="532"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="534"/>
        <source>{m} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="541"/>
        <source>Agenda sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="549"/>
        <source>Current section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="552"/>
        <source>Time in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="556"/>
        <source>Guidance prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="573"/>
        <source>Actions agreed in this conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="575"/>
        <source>Hidden while the subject or family is in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="579"/>
        <source>Section editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="598"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="599"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="601"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="618"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="626"/>
        <source>Entries of this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="734"/>
        <source>Opening the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="795"/>
        <source>{ref} — conference of {date}, {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="852"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1012"/>
        <source>Saving draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1044"/>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="902"/>
        <source>the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="607"/>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="611"/>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="612"/>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="904"/>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="893"/>
        <source>{who} in the room: only content labelled TLP:CLEAR or TLP:GREEN and shared with them is on screen. Hidden in this section: {n}. New entries are shared with them and TLP:GREEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="906"/>
        <source>Open to: professionals, {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="908"/>
        <source>Professionals only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1055"/>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1075"/>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1090"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1118"/>
        <source>Editing an added entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1124"/>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1128"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1210"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1303"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/caseconf_desktop/app.py" line="54"/>
        <source>CaseConf met an unexpected problem. Your saved work is safe in the vault; the last few seconds of typing may need checking. A technical note was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="35"/>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="71"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="67"/>
        <source>Attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="73"/>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="75"/>
        <source>Apolo&amp;gies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="77"/>
        <source>Absen&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="79"/>
        <source>In room / left  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="80"/>
        <source>Toggle in the room now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="169"/>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="214"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="215"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="219"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="220"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="221"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="244"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="222"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="223"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="242"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="224"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="225"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="233"/>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="246"/>
        <source>Kind of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="247"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="248"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="256"/>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="257"/>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="258"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="259"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="260"/>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="268"/>
        <source>Audit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="271"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="283"/>
        <source>Reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="292"/>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="297"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="302"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="331"/>
        <source>The hash chain is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="336"/>
        <source>{shown} of {total} events shown. {chain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="345"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="347"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="371"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="376"/>
        <source>Exported {n} events to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="285"/>
        <source>%n case(s) due for retention review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="67"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="68"/>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="74"/>
        <source>The backup is a complete copy of the vault, encrypted with the vault&apos;s current passphrase and checked after writing. Keep it on another drive (an encrypted USB stick or a network share), not next to the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="80"/>
        <source>Last backup: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="81"/>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="85"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="86"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="90"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="92"/>
        <source>Remind me after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="95"/>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="97"/>
        <source>Back up &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="100"/>
        <source>&amp;Remind me when the last backup is older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="105"/>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="117"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="154"/>
        <source>Last backup: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="121"/>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="134"/>
        <source>Choose where to write the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="139"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="141"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="150"/>
        <source>Backup written and checked: {path} ({mb:.1f} MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/casefile.py" line="79"/>
        <source>That case no longer exists in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="183"/>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="187"/>
        <source>Case heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="188"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="190"/>
        <source>Undo last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="192"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="194"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="206"/>
        <source>Case file sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="228"/>
        <source>Loading the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="231"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="273"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="274"/>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="275"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="276"/>
        <source>Legal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="277"/>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="278"/>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="279"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="280"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="331"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="281"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="317"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="405"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="422"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="446"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="282"/>
        <source>Review frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="283"/>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="284"/>
        <source>Latest risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="294"/>
        <source>Edit case &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="296"/>
        <source>&amp;Prepare a conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="298"/>
        <source>Erase case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="300"/>
        <source>Merge &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="301"/>
        <source>Merge conflicts of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="310"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="314"/>
        <source>Case goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="316"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="318"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="319"/>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="322"/>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="324"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="328"/>
        <source>Responsibility matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="330"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="402"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="332"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="333"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="338"/>
        <source>responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="340"/>
        <source>People &amp;&amp; responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="344"/>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="346"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="347"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="348"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="349"/>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="350"/>
        <source>Support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="353"/>
        <source>family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="355"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="359"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="374"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="361"/>
        <source>Consent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="362"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="363"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="444"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="364"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="372"/>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="380"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="396"/>
        <source>Risk history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="382"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="383"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="403"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="384"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="385"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="386"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="473"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="391"/>
        <source>risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="400"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="411"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="404"/>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="406"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="409"/>
        <source>need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="415"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="430"/>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="417"/>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="419"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="423"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="424"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="425"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="428"/>
        <source>intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="434"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="439"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="437"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="445"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="447"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="448"/>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="449"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="453"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="466"/>
        <source>Conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="455"/>
        <source>Prepare a &amp;new conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="457"/>
        <source>&amp;Run the selected conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="470"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="471"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="472"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="474"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="476"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="483"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="485"/>
        <source>Exported minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="501"/>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="509"/>
        <source>This conference is closed; its record is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="516"/>
        <source>Merge &amp;conflicts (%n)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="534"/>
        <source>every {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="542"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/cases.py" line="144"/>
        <source>There is no case with reference {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="59"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="40"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="41"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="60"/>
        <source>Choose the cases to hand over (Ctrl or Shift for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="62"/>
        <source>Find a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="63"/>
        <source>Filter by reference, name, agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="66"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="67"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="68"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="73"/>
        <source>Cases to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="79"/>
        <source>Cases chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="91"/>
        <source>Loading cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="108"/>
        <source>{n} cases chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="45"/>
        <source>Search cases: reference, name in any script, notes…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="47"/>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="50"/>
        <source>Number of cases shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="51"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="54"/>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="93"/>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="105"/>
        <source>{n} cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="299"/>
        <source>Next conference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="301"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="304"/>
        <source>A few sentences: what was agreed, what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="306"/>
        <source>Review and &amp;close…  (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="309"/>
        <source>Ne&amp;xt conference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="312"/>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="41"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="42"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="43"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="44"/>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="45"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="46"/>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="47"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="48"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="49"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="50"/>
        <source>Conference entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="51"/>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="52"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="53"/>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="54"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="51"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="52"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="56"/>
        <source>Two devices changed the same thing without seeing each other&apos;s change. Each record shows this vault&apos;s value until you decide; the decision travels to the other devices with the next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="64"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="65"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="66"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="67"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="76"/>
        <source>This vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="68"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="85"/>
        <source>Other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="69"/>
        <source>Changed there by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="73"/>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="79"/>
        <source>This vault&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="81"/>
        <source>Who changed it here, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="88"/>
        <source>The other device&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="90"/>
        <source>Who changed it there, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="94"/>
        <source>Or keep this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="96"/>
        <source>Value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="97"/>
        <source>Keep &amp;this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="107"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="184"/>
        <source>Keep this &amp;vault&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="109"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="185"/>
        <source>Keep the &amp;other device&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="117"/>
        <source>Conflicts status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="138"/>
        <source>Loading conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="146"/>
        <source>{n} conflicts to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="148"/>
        <source>No conflicts: every device&apos;s changes fitted together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="175"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="178"/>
        <source>&amp;Delete the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="175"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="178"/>
        <source>Keep the &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="200"/>
        <source>Delete this record, and what belongs to it, on every device that receives your next bundle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="212"/>
        <source>Settling the conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="288"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="289"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="294"/>
        <source>&amp;Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="295"/>
        <source>Conferences &amp;due (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="296"/>
        <source>&amp;No conference for 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="297"/>
        <source>&amp;Retention reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="298"/>
        <source>Merge &amp;conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="308"/>
        <source>List shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="310"/>
        <source>Dashboard list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="323"/>
        <source>Loading the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="123"/>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="125"/>
        <source>Only the chosen device can open the bundle; it checks that it came from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="127"/>
        <source>A trusted &amp;device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="130"/>
        <source>Device to address the bundle to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="132"/>
        <source>Only what &amp;changed since the last bundle to this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="134"/>
        <source>A &amp;passphrase (emergencies only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="137"/>
        <source>Bundle passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="140"/>
        <source>Repeat the bundle passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="143"/>
        <source>Addressee hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="153"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="154"/>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="162"/>
        <source>Loading devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="170"/>
        <source>No device is trusted yet: trust one under Hand-over → Devices first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="51"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="52"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="55"/>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="57"/>
        <source>This device&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="60"/>
        <source>This device&apos;s line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="61"/>
        <source>&amp;Copy line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="63"/>
        <source>This device&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="65"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="69"/>
        <source>Line to hand over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="70"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="73"/>
        <source>Give this line to the other device (file, e-mail or USB stick), then read the fingerprint to each other: trust only if it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="82"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="83"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="84"/>
        <source>Trusted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="85"/>
        <source>Last bundle from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="86"/>
        <source>Last bundle to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="90"/>
        <source>Trusted devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="92"/>
        <source>Trust another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="94"/>
        <source>The other device&apos;s line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="98"/>
        <source>Name for the other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="99"/>
        <source>e.g. Laptop Westmark prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="100"/>
        <source>The other device&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="101"/>
        <source>&amp;Trust this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="105"/>
        <source>&amp;Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="108"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="111"/>
        <source>Its fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="116"/>
        <source>Devices status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="121"/>
        <source>Trusted devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="135"/>
        <source>Loading devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="153"/>
        <source>The line is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="175"/>
        <source>Compare the fingerprint with the other device before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="186"/>
        <source>Trusting the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="193"/>
        <source>Now trusting {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="193"/>
        <source>{name} was already trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="207"/>
        <source>Agencies and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="208"/>
        <source>Agencies &amp;&amp; people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="213"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="215"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="227"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="216"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="217"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="220"/>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="224"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="226"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="228"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="229"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="232"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryComposer</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="125"/>
        <source>Entry kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="129"/>
        <source>TLP label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="131"/>
        <source>Source agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="135"/>
        <source>S&amp;hareable with the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="136"/>
        <source>Shareable with the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="137"/>
        <source>with the fa&amp;mily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="138"/>
        <source>Shareable with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="140"/>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="143"/>
        <source>Type here. What you type is kept as a draft; Ctrl+Enter adds it to the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="148"/>
        <source>Rationale of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="149"/>
        <source>Why: the rationale of this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="151"/>
        <source>Agency that disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="153"/>
        <source>Add entry  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="156"/>
        <source>Entry problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="159"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="163"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="164"/>
        <source>La&amp;bel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="165"/>
        <source>Agenc&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="178"/>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="185"/>
        <source>&amp;Disagreeing agency:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseCaseDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="45"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="46"/>
        <source>Erase a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="50"/>
        <source>This erases case {ref} and everything recorded on it (goals, family, consents, risk history, needs, interventions, actions, conferences, their notes and the record of minutes issued) beyond recovery. Exported files and earlier backups are not touched. The audit log keeps a tombstone: the case id, who erased it, when, and the reason below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="61"/>
        <source>Reason for the erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="63"/>
        <source>e.g. retention period ended; erasure request of 2026-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="66"/>
        <source>The reason stays in the audit log: do not repeat details of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="69"/>
        <source>Looking for backups that hold this case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="71"/>
        <source>Backups that still hold the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="73"/>
        <source>Type the case reference to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="78"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="82"/>
        <source>Type {ref} to &amp;confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="87"/>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="111"/>
        <source>Looking for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="116"/>
        <source>No backup this vault has made holds this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="119"/>
        <source>{when}: {size} MiB, SHA-256 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="128"/>
        <source>These backups made by this vault still hold the case; erase it from them too (restore each with the current vault given, then back up again), or destroy them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="160"/>
        <source>Erasing the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="167"/>
        <source>Case {ref} was erased; the audit log keeps a tombstone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBundleWizard</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="249"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="250"/>
        <source>Export cases to a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="268"/>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="282"/>
        <source>Writing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="293"/>
        <source>whoever has the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="295"/>
        <source>Wrote {path}: {cases} cases, {records} records, for {to}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMinutesDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="64"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="65"/>
        <source>Export signed minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="71"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="74"/>
        <source>Version for the selected recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="77"/>
        <source>Another recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="78"/>
        <source>Name (not on the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="80"/>
        <source>Their agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="81"/>
        <source>Their agency (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="83"/>
        <source>Without an agency, someone not on the list receives the summary only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="87"/>
        <source>A&amp;dd recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="90"/>
        <source>Folder for the PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="91"/>
        <source>&amp;Sign the minutes (PAdES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="95"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="98"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="101"/>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="104"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="111"/>
        <source>Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="112"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="119"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="137"/>
        <source>Loading recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="228"/>
        <source>Tick at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="232"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="252"/>
        <source>Exporting minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="258"/>
        <source>Written {done} of {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="267"/>
        <source>{n} PDF files written to {folder}; the disclosure log records who received which version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="204"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="207"/>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="205"/>
        <source>Write the bundle, e.g. onto the USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="209"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="211"/>
        <source>&amp;Write the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="213"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="216"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="228"/>
        <source>Write the bundle to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="26"/>
        <source>Cannot write to the folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="42"/>
        <source>Cannot write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="68"/>
        <source>a caseconf.v1 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="69"/>
        <source>a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="70"/>
        <source>a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="71"/>
        <source>a PKCS#12 key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="72"/>
        <source>a passphrase file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="73"/>
        <source>a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="79"/>
        <source>{path} is {size}, more than {kind} may be ({limit}); nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="93"/>
        <source>{n} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="95"/>
        <source>{n} KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="96"/>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="252"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="253"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="257"/>
        <source>Glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="259"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="260"/>
        <source>Agreed meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="261"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="264"/>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="322"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="323"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="365"/>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="326"/>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="327"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="331"/>
        <source>Bundle passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="332"/>
        <source>only for a bundle protected by a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="333"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="336"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="339"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="343"/>
        <source>Show &amp;conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="352"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="355"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="374"/>
        <source>Choose the bundle file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="381"/>
        <source>Checking and merging the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="389"/>
        <source>Importing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="402"/>
        <source>Imported from {sender}: {created} records added, {updated} changed, {deleted} deleted, {conflicts} new conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="416"/>
        <source>Erased here on the sender&apos;s word: {refs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="437"/>
        <source>• {ref}, erased on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="443"/>
        <source>The device that sent this bundle has erased these cases:
{cases}

Erase them from this vault too, beyond recovery, and import the bundle? The audit log keeps a tombstone of each. If you answer No, nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="487"/>
        <source>{value} is not a format this version reads (caseconf.v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="490"/>
        <source>{value} is not an id (1 to 128 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="491"/>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="492"/>
        <source>{value} is not a date and time (YYYY-MM-DDTHH:MM:SS+00:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="495"/>
        <source>needs a person_id or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="496"/>
        <source>{value} is not a TLP label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="497"/>
        <source>{value} is not an agency kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="498"/>
        <source>{value} is not a case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="499"/>
        <source>{value} is not a conference status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="500"/>
        <source>{value} is not an agenda section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="501"/>
        <source>{value} is not an entry kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="502"/>
        <source>{value} is not an attendance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="503"/>
        <source>{value} is not an attendee role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="504"/>
        <source>{value} is not a risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="505"/>
        <source>{value} is not a direction of risk change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="508"/>
        <source>{value} is not a need domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="509"/>
        <source>{value} is not a need level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="510"/>
        <source>{value} is not a need status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="511"/>
        <source>{value} is not an intervention kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="512"/>
        <source>{value} is not an intervention status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="515"/>
        <source>{value} is not an engagement level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="516"/>
        <source>{value} is not an action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="517"/>
        <source>{value} is not a reason for an action not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="520"/>
        <source>{value} is not a consent kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="521"/>
        <source>{value} is not a consent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="522"/>
        <source>{value} is not a goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="523"/>
        <source>{value} is not a responsibility domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="529"/>
        <source>{value} is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="530"/>
        <source>{value} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="531"/>
        <source>{value} is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="532"/>
        <source>{value} is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="533"/>
        <source>{value} is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="645"/>
        <source>{value} is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="728"/>
        <source>{value} is not an agency in this document or the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="731"/>
        <source>{value} is not a person in this document or the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="734"/>
        <source>{value} is not a conference in this document or the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="737"/>
        <source>{value} is not an action in this document or the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="782"/>
        <source>contains a character that is not valid Unicode text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="797"/>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="874"/>
        <source>{value} is used twice in the document (also at {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="853"/>
        <source>{value} belongs to another case in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="855"/>
        <source>{value} belongs to another conference in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="892"/>
        <source>{value} already belongs to another case in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="909"/>
        <source>{value} is already the id of another record in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="938"/>
        <source>{value} ({language}) is used twice in the document (also at {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="954"/>
        <source>{value} ({language}) is already another term in the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="105"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="141"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="144"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="145"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="146"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="147"/>
        <source>Agencies &amp; people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="148"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="176"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Verify minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="188"/>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="189"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="199"/>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="190"/>
        <source>Change pass&amp;phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="191"/>
        <source>A&amp;udit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="192"/>
        <source>Re&amp;tention reviews due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="209"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="213"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="217"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="220"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="222"/>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="223"/>
        <source>A&amp;gencies &amp;&amp; people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="224"/>
        <source>G&amp;lossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="231"/>
        <source>&amp;Find a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="241"/>
        <source>&amp;Hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="245"/>
        <source>&amp;Export cases to a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Import a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="247"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="248"/>
        <source>&amp;Devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="372"/>
        <source>An interrupted conference was reopened where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="471"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="497"/>
        <source>The conference is prepared. Start running it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="33"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="34"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="38"/>
        <source>The vault is copied under the new passphrase, checked, and only then put in place: if anything stops the change, the current passphrase keeps working. Backups made before the change still open with the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="45"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="46"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="47"/>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="49"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="54"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="57"/>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="58"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="59"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="67"/>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="93"/>
        <source>Type the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="97"/>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="99"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="113"/>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="122"/>
        <source>The passphrase was changed; only the new one opens the vault now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="14"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="15"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="18"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="20"/>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="22"/>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareConferenceDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="40"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="41"/>
        <source>Prepare a conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="49"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="51"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="52"/>
        <source>e.g. meeting room, establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="54"/>
        <source>Agenda template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="58"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="60"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="62"/>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="66"/>
        <source>Invited professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="67"/>
        <source>Invite the subject for the sections open to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="68"/>
        <source>Invite involved family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="71"/>
        <source>Actions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="76"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="77"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="78"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="79"/>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="80"/>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="81"/>
        <source>&amp;Minute-taker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="95"/>
        <source>&amp;Invited (by agency):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="100"/>
        <source>To review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="104"/>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="132"/>
        <source>{n} open actions from earlier conferences will come in for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="145"/>
        <source>The subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="182"/>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickActionBar</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="339"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="340"/>
        <source>New action: what will be done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="342"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="346"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="347"/>
        <source>With the &amp;subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="348"/>
        <source>Agreed with the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="349"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="357"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="387"/>
        <source>Say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="391"/>
        <source>Choose the owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="127"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="128"/>
        <source>Add {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="130"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="132"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="150"/>
        <source>New {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="156"/>
        <source>Edit {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="162"/>
        <source>Delete this {noun}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="163"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="170"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="171"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="175"/>
        <source>The backup is checked (every page, the audit log) and restored into a new vault file; the vault you have open is not changed. Use the passphrase the vault had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="182"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="183"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="186"/>
        <source>New vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="187"/>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="191"/>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="192"/>
        <source>Replace the file if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="196"/>
        <source>Restore status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="198"/>
        <source>Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="199"/>
        <source>Restore into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="200"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="204"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="215"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="223"/>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="234"/>
        <source>Choose the backup and where to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="237"/>
        <source>Type the passphrase of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="241"/>
        <source>Checking and restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="246"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="36"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="37"/>
        <source>Retention reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="41"/>
        <source>Cases whose retention review date has come: review whether the file is still needed. Keep it (set a new review date in the case details) or erase it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="48"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="49"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="50"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="51"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="53"/>
        <source>Date from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="54"/>
        <source>the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="54"/>
        <source>default period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="59"/>
        <source>Cases due for retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="63"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="64"/>
        <source>Default retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="65"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="68"/>
        <source>Default retention period (cases without their own date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="75"/>
        <source>Number of cases due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="78"/>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="81"/>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="103"/>
        <source>%n case(s) due for review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="64"/>
        <source>Previous actions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="66"/>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="67"/>
        <source>Note on this action (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="68"/>
        <source>Carry forward, due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="72"/>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="73"/>
        <source>D&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="75"/>
        <source>Not done: &amp;circumstances changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="79"/>
        <source>Not done: agency did &amp;not act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="83"/>
        <source>C&amp;lose without review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="135"/>
        <source>Overall risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="138"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="139"/>
        <source>e.g. VERA-2R or ERG (name and outcome only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="148"/>
        <source>{domain} rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="157"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="160"/>
        <source>Known unknowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="163"/>
        <source>Significant change since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="166"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="168"/>
        <source>TLP label of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="173"/>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="174"/>
        <source>Fra&amp;mework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="175"/>
        <source>Domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="176"/>
        <source>Rat&amp;ionale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="177"/>
        <source>Known &amp;unknowns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="178"/>
        <source>Chang&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="179"/>
        <source>&amp;What changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="180"/>
        <source>Risk l&amp;abel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="181"/>
        <source>This conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="185"/>
        <source>Previous assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="186"/>
        <source>Previous conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="214"/>
        <source>No earlier assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="222"/>
        <source>{date}: {level}
{ratings}

Rationale: {rationale}

Known unknowns: {unknowns}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskTrendChart</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/widgets/risk_chart.py" line="22"/>
        <source>Risk trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/widgets/risk_chart.py" line="49"/>
        <source>No risk assessments yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="107"/>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="108"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="113"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="269"/>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="271"/>
        <source>Closing summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="277"/>
        <source>Summary of the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="279"/>
        <source>Back to the agenda  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="303"/>
        <source>&amp;Export minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="306"/>
        <source>Back to the &amp;case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="283"/>
        <source>Missing from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="288"/>
        <source>Missing from the record: the chair confirms each one (the minutes will say &apos;not recorded&apos; there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="298"/>
        <source>&amp;Close the conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="333"/>
        <source>Close the conference now? The record can no longer be changed, and the minutes are made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="345"/>
        <source>The closing summary is shown when only professionals are in the room. Mark the subject and family as having left, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="365"/>
        <source>Confirmed, close without it: {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="382"/>
        <source>Record everyone&apos;s attendance before closing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="389"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="398"/>
        <source>No decisions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="403"/>
        <source>Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="410"/>
        <source>agency not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="417"/>
        <source>New actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="428"/>
        <source>No new actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="430"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="432"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="436"/>
        <source>{before} → {now} (change: {change})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="445"/>
        <source>Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="447"/>
        <source>Next conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="450"/>
        <source>The conference is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/tasks.py" line="85"/>
        <source>The vault is locked; unlock it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/templates.py" line="52"/>
        <source>The agenda template &apos;{name}&apos; is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="71"/>
        <source>Unlock CaseConf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="73"/>
        <source>CaseConf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="76"/>
        <source>Multi-agency case conferences, kept encrypted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="87"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="94"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="131"/>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="134"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="136"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="139"/>
        <source>Create a &amp;new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="142"/>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="144"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="159"/>
        <source>New vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="161"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="163"/>
        <source>Your agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="165"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="166"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="167"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="170"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="174"/>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="177"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="178"/>
        <source>C&amp;reate vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="180"/>
        <source>&amp;Back to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="184"/>
        <source>Vault &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="185"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="186"/>
        <source>Your &amp;agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="187"/>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="188"/>
        <source>Pa&amp;ssphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="189"/>
        <source>Re&amp;peat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="217"/>
        <source>Too short: use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="235"/>
        <source>Type the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="246"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="257"/>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="259"/>
        <source>Try again in {s} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="271"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="279"/>
        <source>Choose where to keep the vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="281"/>
        <source>Give your name: it is recorded as the author of your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="283"/>
        <source>Give your agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="287"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="302"/>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="322"/>
        <source>Locked after a period of inactivity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyMinutesDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="333"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="334"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="361"/>
        <source>Verify minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="338"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="345"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="346"/>
        <source>&amp;Choose a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="348"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="361"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="368"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="370"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DirectoryHost</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="183"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/messages.py" line="35"/>
        <location filename="../../src/caseconf_desktop/ui/messages.py" line="44"/>
        <location filename="../../src/caseconf_desktop/ui/messages.py" line="52"/>
        <source>CaseConf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/messages.py" line="36"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="44"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="44"/>
        <source>Good: longer is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
