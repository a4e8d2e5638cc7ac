<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="85"/>
        <source>Vault passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="86"/>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="87"/>
        <source>The two passphrases differ; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="200"/>
        <source>Created vault {path} for {owner} ({agency}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="214"/>
        <source>Added {cases} demo cases with {conferences} conferences and {entries} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="364"/>
        <source>{option} must be a date like 2026-01-31, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="386"/>
        <source>There is no single person named {name} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="406"/>
        <source>Wrote {path}: {audience} minutes ({tlp}) for {recipient}, SHA-256 {sha}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="455"/>
        <source>Wrote the certificate of {name} to {path}; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="472"/>
        <location filename="../../src/caseconf_desktop/cli.py" line="655"/>
        <source>Now trusting {name}; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="474"/>
        <source>{name} was already trusted; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="151"/>
        <source>Cannot read {path}: there is no file by that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="154"/>
        <location filename="../../src/caseconf_desktop/services/files.py" line="171"/>
        <source>Cannot read {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="157"/>
        <source>{path} is a folder, not {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="161"/>
        <source>{path} is not a regular file, so it cannot be {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="69"/>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="312"/>
        <source>Audit head at {at}: row {seq}, SHA-256 {hash}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="316"/>
        <source>Check it later with: caseconf audit verify --anchor {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="488"/>
        <source>Minutes are now signed as {name}; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="502"/>
        <source>Wrote and checked the backup {path} ({size} bytes, SHA-256 {sha}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="523"/>
        <source>Checked the backup and restored it into the vault {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="533"/>
        <source>No new passphrase given: use --new-passphrase-file, CASECONF_NEW_PASSPHRASE or a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="536"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="537"/>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="538"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="554"/>
        <source>Changed the passphrase of {path}; only the new one opens it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="568"/>
        <source>Erased case {ref} and {n} records; the audit log keeps a tombstone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="72"/>
        <source>The passphrase file {path} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="82"/>
        <source>No passphrase given: use {option}, CASECONF_PASSPHRASE or a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="150"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="151"/>
        <source>The system refused: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="156"/>
        <source>There is no standard output to write to; use --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="177"/>
        <source>{option} must be a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="271"/>
        <source>Cases imported: {cases} ({created} records created, {updated} updated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="616"/>
        <source>Wrote {files}: {records} records, {disclosures} disclosures, {events} audit events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="644"/>
        <source>Fingerprint: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="657"/>
        <source>{name} is trusted; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="685"/>
        <source>this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="696"/>
        <source>Give either --to NAME (a trusted device) or --passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="708"/>
        <source>Wrote {path}: {cases} cases, {records} records, for {to}; bundle {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="712"/>
        <source>whoever has the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="729"/>
        <source>Imported bundle {id} from {sender}: {created} records added, {updated} changed, {deleted} deleted, {conflicts} new conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="741"/>
        <source>Erased here, as the sender did: {refs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="773"/>
        <source>Resolved conflict {id} ({what}, {field}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="802"/>
        <source>vault file (default: CASECONF_VAULT or the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="808"/>
        <source>read the passphrase from FILE (else CASECONF_PASSPHRASE, else a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="818"/>
        <source>the bundle&apos;s own passphrase, from FILE (or CASECONF_BUNDLE_PASSPHRASE), for a bundle protected by a passphrase instead of addressed to a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="827"/>
        <source>CaseConf: multi-agency case conferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="849"/>
        <source>launch the application (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="851"/>
        <source>create a vault and its owner&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="856"/>
        <source>add synthetic demo cases (never real people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="860"/>
        <source>list and search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="861"/>
        <source>list cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="866"/>
        <source>import a caseconf.v1 JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="869"/>
        <source>export one case as caseconf.v1 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="873"/>
        <source>verify and read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="874"/>
        <source>recompute the audit hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="879"/>
        <source>also check a head printed earlier by &apos;audit anchor&apos; (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="881"/>
        <source>print the current head for the paper file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="882"/>
        <source>list audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="885"/>
        <source>only this person&apos;s actions (name or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="886"/>
        <source>only actions starting with PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="887"/>
        <source>from this day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="888"/>
        <source>up to and including this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="890"/>
        <source>export, verify and countersign signed PDF minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="891"/>
        <source>write one version of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="902"/>
        <source>the agency a recipient who is not on the attendance list receives it for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="905"/>
        <source>write the PDF without signing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="910"/>
        <source>the language of the minutes&apos; fixed text (what was entered stays as typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="912"/>
        <source>check the signatures of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="915"/>
        <source>add the chair&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="917"/>
        <source>write here instead of in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="919"/>
        <source>the signing identity and trusted signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="921"/>
        <source>write this vault&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="924"/>
        <source>trust a colleague&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="927"/>
        <source>sign with a PKCS#12 key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="932"/>
        <source>write a checked, encrypted copy of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="935"/>
        <source>restore a backup into a new vault (--vault NEWPATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="937"/>
        <source>replace an existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="941"/>
        <source>erase again every case the current VAULT has erased (same passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="944"/>
        <source>change the vault&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="945"/>
        <source>set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="949"/>
        <source>read the new passphrase from FILE (else CASECONF_NEW_PASSPHRASE, else a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="952"/>
        <source>retention review and erasure of one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="953"/>
        <source>erase a case, keeping a tombstone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="957"/>
        <source>cases due for retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="959"/>
        <source>default retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="962"/>
        <source>everything held on one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="966"/>
        <source>why the export is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="968"/>
        <source>this vault&apos;s device identity and trusted devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="969"/>
        <source>print this device&apos;s line and fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="970"/>
        <source>trust another device by its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="972"/>
        <source>the name to address it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="973"/>
        <source>this device and the trusted ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="976"/>
        <source>encrypted, signed case bundles for offline hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="978"/>
        <source>write cases to a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="981"/>
        <source>the trusted device to address it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="986"/>
        <source>only what changed since the last bundle to that device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="989"/>
        <source>check and merge a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="995"/>
        <source>erase here the cases the sender has erased (else such a bundle is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="998"/>
        <source>changes two devices made to the same field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="999"/>
        <source>list open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="1002"/>
        <source>settle one conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="1005"/>
        <source>the value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="1050"/>
        <source>caseconf: interrupted. What was already saved stays saved, nothing is left half-written; run the command again to see where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="190"/>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="191"/>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="215"/>
        <source>About CaseConf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="197"/>
        <source>Default vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="198"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="199"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="200"/>
        <source>Logs and crash notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="203"/>
        <source>Open vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="681"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="682"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="683"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="684"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="685"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="686"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="149"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="150"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="155"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="159"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="160"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="161"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="162"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="163"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="167"/>
        <source>Open actions list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="183"/>
        <source>{n} open actions, {o} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaRunner</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="342"/>
        <source>Agenda runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="347"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="352"/>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="358"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="374"/>
        <source>Agenda sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="381"/>
        <source>Current section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="384"/>
        <source>Time in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="388"/>
        <source>Guidance prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="405"/>
        <source>Actions agreed in this conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="407"/>
        <source>Hidden while the subject or family is in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="411"/>
        <source>Section editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="693"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="694"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="695"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="699"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="700"/>
        <source>Entries of this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="519"/>
        <source>Opening the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="640"/>
        <source>{ref} — conference of {date}, {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="701"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="702"/>
        <source>Saving draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="703"/>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="745"/>
        <source>the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="360"/>
        <source>{state}; {m} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="362"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="363"/>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="364"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="365"/>
        <source>To come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="696"/>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="697"/>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="747"/>
        <location filename="../../build/translations/helper_strings.py" line="698"/>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="736"/>
        <source>{who} in the room: only content labelled TLP:CLEAR or TLP:GREEN and shared with them is on screen. Hidden in this section: {n}. New entries are shared with them and TLP:GREEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="749"/>
        <source>Open to: professionals, {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="751"/>
        <source>Professionals only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="704"/>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="705"/>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="706"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="707"/>
        <source>Editing an added entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="708"/>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="709"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="968"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1028"/>
        <source>The section “{title}” was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1055"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="692"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="710"/>
        <source>Show this list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="711"/>
        <source>Next agenda section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="712"/>
        <source>Previous agenda section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="713"/>
        <source>Go to agenda section 1 … 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="714"/>
        <source>Write a new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="715"/>
        <source>Add the entry being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="716"/>
        <source>Entry kind / TLP label / source agency / shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="717"/>
        <source>Add an action (from anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="718"/>
        <source>Go to the attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="719"/>
        <source>Mark the selected person in the room / left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="720"/>
        <source>Go to the entries of this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="721"/>
        <source>Edit the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="722"/>
        <source>Review and close the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="723"/>
        <source>Open or close the room screen (projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="724"/>
        <source>Leave the action line or the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="725"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="726"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="727"/>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="728"/>
        <location filename="../../build/translations/helper_strings.py" line="738"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="729"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="730"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="731"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="732"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="733"/>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="734"/>
        <source>Support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="735"/>
        <source>Safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="736"/>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="737"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="739"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="740"/>
        <source>need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="741"/>
        <source>family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="742"/>
        <source>intervention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/caseconf_desktop/app.py" line="62"/>
        <source>CaseConf met an unexpected problem. Your saved work is safe in the vault; the last few seconds of typing may need checking. A technical note was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="687"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="688"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="689"/>
        <source>Not recorded yet: press P (present), G (apologies) or T (absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="690"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="691"/>
        <source>In the room now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="42"/>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="93"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="75"/>
        <source>Attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="95"/>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="97"/>
        <source>Apolo&amp;gies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="99"/>
        <source>Absen&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="101"/>
        <source>In room / left  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="102"/>
        <source>Toggle in the room now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="522"/>
        <source>the minutes issued on {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="523"/>
        <source>the bundle {ref} sent on {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="524"/>
        <source>the backup with SHA-256 {ref} made on {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="525"/>
        <source>the anchor printed on {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="526"/>
        <source>the backup recorded in row {ref} of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="527"/>
        <source>the anchor {ref} you gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="528"/>
        <source>a record of kind {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="529"/>
        <source>The audit chain is broken at row {seq} ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="530"/>
        <source>The audit log was cut short: {where} recorded row {seq}, but the log ends at row {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="531"/>
        <source>The audit log was rewritten: it no longer holds the head {hash} recorded by {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="532"/>
        <source>The audit chain is intact: {rows} rows, head {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="533"/>
        <source>The audit chain is intact: {rows} rows, head {head}, holding every recorded head ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="534"/>
        <source>An anchor is SEQ:HASH as &apos;caseconf audit anchor&apos; prints it, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="167"/>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="212"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="213"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="217"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="218"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="219"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="243"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="220"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="221"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="241"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="222"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="223"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="231"/>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="245"/>
        <source>Kind of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="246"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="247"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="255"/>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="256"/>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="257"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="258"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="259"/>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="267"/>
        <source>Audit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="270"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="282"/>
        <source>Reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="291"/>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="296"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="301"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="330"/>
        <source>The hash chain is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="335"/>
        <source>{shown} of {total} events shown. {chain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="344"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="346"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="365"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="370"/>
        <source>Exported {n} events to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="535"/>
        <source>The backup at {path} is damaged ({problem}); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="536"/>
        <source>The copy written to {path} failed its check ({problem}); it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="537"/>
        <source>The vault at {path} is open or was not closed cleanly; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="538"/>
        <source>not a CaseConf vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="539"/>
        <location filename="../../build/translations/helper_strings.py" line="541"/>
        <location filename="../../build/translations/helper_strings.py" line="545"/>
        <location filename="../../build/translations/helper_strings.py" line="551"/>
        <source>damaged pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="540"/>
        <source>audit log broken at row {seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="542"/>
        <source>There is no backup file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="543"/>
        <source>Cannot write to the folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="544"/>
        <source>Cannot write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="546"/>
        <source>the audit log differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="547"/>
        <source>row counts differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="548"/>
        <source>A backup cannot replace the vault itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="549"/>
        <source>Restore into a new file, not over the vault the erasures come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="550"/>
        <source>Restore into a new file, not over the backup itself ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="552"/>
        <source>the copy was not closed cleanly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="66"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="67"/>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="73"/>
        <source>The backup is a complete copy of the vault, encrypted with the vault&apos;s current passphrase and checked after writing. Keep it on another drive (an encrypted USB stick or a network share), not next to the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="79"/>
        <source>Last backup: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="80"/>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="84"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="85"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="89"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="91"/>
        <source>Remind me after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="94"/>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="96"/>
        <source>Back up &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="99"/>
        <source>&amp;Remind me when the last backup is older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="104"/>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="116"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="152"/>
        <source>Last backup: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="120"/>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="132"/>
        <source>Choose where to write the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="137"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="138"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="148"/>
        <source>Backup written and checked: {path} ({mb:.1f} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="743"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="744"/>
        <source>The backup was restored into {path}. Open the restored vault now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="745"/>
        <source>Unlock the restored vault with the passphrase of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="746"/>
        <source>No backup for {n} days: File ▸ Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="273"/>
        <source>%n case(s) due for retention review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="553"/>
        <source>{path} is not a CaseConf bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="554"/>
        <source>The bundle {path} is {size} MiB, more than the {limit} MiB a bundle may be; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="555"/>
        <source>The bundle {path} was made by a newer CaseConf (bundle format {found}, this version reads {known}); update CaseConf to import it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="556"/>
        <source>The bundle {path} is incomplete: it ends early (an interrupted copy?); copy it again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="557"/>
        <source>The bundle {path} has been altered or damaged since it was made; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="558"/>
        <source>The bundle {path} is addressed to another device, not to this vault; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="559"/>
        <source>The bundle {path} is protected by a passphrase; give the passphrase to import it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="560"/>
        <source>The passphrase does not open the bundle {path}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="561"/>
        <source>The bundle {path} comes from a device this vault does not trust ({name}, fingerprint {fp}); trust it first. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="562"/>
        <source>The bundle {path} was already imported on {when}; importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="563"/>
        <source>The bundle {path} was made by this vault; there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="564"/>
        <source>The bundle {path} holds data this version cannot read ({detail}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="565"/>
        <source>The bundle {path} holds a member ({member}) of {size} MiB, more than the {limit} MiB a member may be; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="566"/>
        <source>The bundle {path} carries case {ref}, which was erased from this vault on {day}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="567"/>
        <source>The bundle {path} changes case {ref}, which its manifest does not list; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="568"/>
        <source>The bundle {path} from {device} changes case {ref}, which this vault never sent to that device nor received from it; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="569"/>
        <source>The bundle {path} says case {ref} was erased on {day}; confirm to erase it here too (bundle import --apply-erasures). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="570"/>
        <source>The bundle {path} says case {ref} and {more} other cases were erased (the first on {day}); confirm to erase them here too (bundle import --apply-erasures). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="571"/>
        <source>A bundle passphrase must be at least {n} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="572"/>
        <source>Address the bundle to a trusted device or protect it with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="573"/>
        <source>Only a bundle for a trusted device can hold just what changed since the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="574"/>
        <source>Choose at least one case for the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="575"/>
        <source>records that do not fit together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="576"/>
        <source>erased on {day} by {device}; confirmed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="577"/>
        <source>with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="578"/>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/casefile.py" line="89"/>
        <source>That case no longer exists in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="228"/>
        <source>Case file</source>
        <extracomment>Tables whose names a case file shows (owners, agencies) without being the case&apos;s own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="232"/>
        <source>Case heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="233"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="235"/>
        <source>Undo last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="237"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="239"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="252"/>
        <source>Case file sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="283"/>
        <source>Loading the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="288"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="369"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="355"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="443"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="460"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="484"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="329"/>
        <source>Edit case &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="331"/>
        <source>&amp;Prepare a conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="333"/>
        <source>Erase case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="335"/>
        <source>Merge &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="336"/>
        <source>Merge conflicts of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="348"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="352"/>
        <source>Case goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="354"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="356"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="357"/>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="360"/>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="362"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="366"/>
        <source>Responsibility matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="368"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="440"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="370"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="371"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="376"/>
        <source>responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="378"/>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="382"/>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="384"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="385"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="386"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="387"/>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="388"/>
        <source>Support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="391"/>
        <source>family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="393"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="397"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="412"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="399"/>
        <source>Consent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="400"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="401"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="482"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="402"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="410"/>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="418"/>
        <source>Risk history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="420"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="421"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="441"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="422"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="423"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="424"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="511"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="429"/>
        <source>risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="434"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="438"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="449"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="442"/>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="444"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="447"/>
        <source>need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="453"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="468"/>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="455"/>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="457"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="461"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="462"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="463"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="466"/>
        <source>intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="472"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="477"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="475"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="483"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="485"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="486"/>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="487"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="491"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="504"/>
        <source>Conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="493"/>
        <source>Prepare a &amp;new conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="495"/>
        <source>&amp;Run the selected conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="508"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="509"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="510"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="512"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="514"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="521"/>
        <source>Exported minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="523"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="539"/>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="547"/>
        <source>This conference is closed; its record is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="554"/>
        <source>Merge &amp;conflicts (%n)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseOverviewPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="112"/>
        <source>Case overview</source>
        <extracomment>The subject&apos;s details, in the order shown (keys of :attr:`CaseOverviewPage.details`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="121"/>
        <source>Next conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="122"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="123"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="124"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="125"/>
        <source>Lead agency and responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="126"/>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="161"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="145"/>
        <source>Latest risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="146"/>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="321"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="162"/>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="163"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="164"/>
        <source>Legal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="165"/>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="166"/>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="167"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="168"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="169"/>
        <source>Review frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="170"/>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="205"/>
        <source>every {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="215"/>
        <source>Place not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="219"/>
        <source>Its date has passed: hold it or set a new date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="221"/>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="224"/>
        <source>Agreed at the last conference for {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="226"/>
        <source>Due by {date} (the case&apos;s review frequency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="230"/>
        <source>Overdue by %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="235"/>
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="236"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="245"/>
        <source>No open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="247"/>
        <source>no owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="249"/>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="251"/>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="253"/>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="258"/>
        <source>and %n more on the Actions tab.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="264"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="268"/>
        <source>Risk trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="270"/>
        <source>Rising since the previous assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="271"/>
        <source>Falling since the previous assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="272"/>
        <source>No change since the previous assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="278"/>
        <source>Latest assessment {date} ({n} in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="290"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="293"/>
        <source>withdrawn {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="297"/>
        <source>given {given}, holds until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="302"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="306"/>
        <source>expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="313"/>
        <source>%n consent(s) to confirm at the next conference.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="320"/>
        <source>No lead agency yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="323"/>
        <source>No responsibilities recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="860"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="861"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="862"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="863"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="864"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="865"/>
        <source>Next conference due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="866"/>
        <source>No conference for more than 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="867"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="868"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/cases.py" line="142"/>
        <source>There is no case with reference {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="59"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="48"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="49"/>
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
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="53"/>
        <source>Search cases: reference, name in any script, notes…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="55"/>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="58"/>
        <source>Number of cases shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="59"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="63"/>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="116"/>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="133"/>
        <source>{n} cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="329"/>
        <source>Next conference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="330"/>
        <source>Check the next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="332"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="335"/>
        <source>A few sentences: what was agreed, what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="337"/>
        <source>Review and &amp;close…  (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="340"/>
        <source>Ne&amp;xt conference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="344"/>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conferences</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="583"/>
        <source>There is no conference with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="584"/>
        <source>This conference is closed; it cannot be run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="585"/>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="586"/>
        <source>That attendee is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="587"/>
        <source>That action no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="588"/>
        <source>Say why it was not done: change of circumstances, or the agency did not act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="589"/>
        <source>Attendance is not recorded for: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="590"/>
        <source>Some previous actions have not been reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="591"/>
        <source>An action has no owner or no due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="592"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="593"/>
        <source>This conference is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="594"/>
        <source>Confirm before closing: {gap}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="40"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="41"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="42"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="43"/>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="44"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="45"/>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="46"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="47"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="48"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="49"/>
        <source>Conference entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="50"/>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="51"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="52"/>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="53"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="595"/>
        <source>deleted or kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="596"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="597"/>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="598"/>
        <source>changed, so kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="599"/>
        <source>still used by other records here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="600"/>
        <source>this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="601"/>
        <source>Give at least {n} characters of the conflict id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="602"/>
        <source>There is no open conflict {id}; see &apos;caseconf conflicts list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="603"/>
        <source>{id} fits more than one conflict; give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="604"/>
        <source>A deleted-or-kept conflict is settled with --keep local or remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="605"/>
        <source>This field has {n} other values; give the value to keep as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="606"/>
        <source>The record is still used by other records in this vault; keep it, or change those first.</source>
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
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="372"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="373"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="380"/>
        <source>&amp;Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="381"/>
        <source>Conferences &amp;due (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="382"/>
        <source>&amp;No conference for 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="383"/>
        <source>&amp;Retention reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="384"/>
        <source>Merge &amp;conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="394"/>
        <source>List shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="396"/>
        <source>Dashboard list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="416"/>
        <source>Loading the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="446"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="450"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="460"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="471"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="479"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="451"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="492"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="452"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="453"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="492"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="459"/>
        <source>Next conference due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="461"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="472"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="492"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="462"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="469"/>
        <source>Last conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="469"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="478"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="480"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="497"/>
        <source>(the first {n} shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="107"/>
        <source>The number of demo cases must be at least 1.</source>
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
    <name>Devices</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="607"/>
        <source>That is not a CaseConf device line: it must start with &apos;caseconf-device:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="608"/>
        <source>That device line has version {found}; this CaseConf reads version {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="609"/>
        <source>The device line is incomplete: it needs the device id, two keys and a name; copy the whole line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="610"/>
        <source>The device line is damaged: its device id is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="611"/>
        <location filename="../../build/translations/helper_strings.py" line="612"/>
        <source>The device line is damaged: its encryption key is not an age recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="613"/>
        <source>The device line is damaged: its signing key is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="614"/>
        <source>The device line is damaged: its signing key is not an Ed25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="615"/>
        <source>The device name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="616"/>
        <source>No trusted device is called {name}; see &apos;caseconf device list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="617"/>
        <source>unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="618"/>
        <source>{name} (this vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="619"/>
        <source>device {short}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="620"/>
        <source>Give the device a name (--name) to address it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="621"/>
        <source>That line is this vault&apos;s own device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="622"/>
        <source>A device with the same id is already trusted as {name} with different keys; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="623"/>
        <source>Another trusted device is already called {name}.</source>
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
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="235"/>
        <source>Agencies and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="236"/>
        <source>Agencies &amp;&amp; people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="241"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="243"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="255"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="244"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="245"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="248"/>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="252"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="254"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="256"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="257"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="260"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="108"/>
        <source>Name the recipient of the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="109"/>
        <source>{name} is the subject of the case and may receive only the participant version of the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="110"/>
        <source>{name} is a family member and may receive only the family version of the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="111"/>
        <source>The full minutes (which may hold TLP:RED) go only to professionals who were present; {name} was not, so issue the partners or summary version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="112"/>
        <source>The full minutes (which may hold TLP:RED) go only to professionals who were present; {name} is not one of them, so issue the partners or summary version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="113"/>
        <source>The full minutes (which may hold TLP:RED) go only to professionals who were present; {name} is not one of them, so issue the summary version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="114"/>
        <source>{name} is not on the attendance list, so the partners version needs the agency they receive it for; without one, issue the summary version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="115"/>
        <source>{name} may not receive the {version} version of these minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryComposer</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="63"/>
        <source>Entry kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="67"/>
        <source>TLP label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="69"/>
        <source>Source agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="76"/>
        <source>S&amp;hareable with the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="77"/>
        <source>Shareable with the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="78"/>
        <source>with the fa&amp;mily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="79"/>
        <source>Shareable with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="81"/>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="84"/>
        <source>Type here. What you type is kept as a draft; Ctrl+Enter adds it to the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="89"/>
        <source>Rationale of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="90"/>
        <source>Why: the rationale of this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="92"/>
        <source>Agency that disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="97"/>
        <source>Add entry  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="100"/>
        <source>Entry problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="103"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="107"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="108"/>
        <source>La&amp;bel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="109"/>
        <source>Agenc&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="124"/>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="131"/>
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
    <name>Errors</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="216"/>
        <source>The passphrase is wrong for the vault at {path}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="217"/>
        <source>{path} is not a CaseConf vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="218"/>
        <source>There is no vault at {path}; create one with &apos;caseconf init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="219"/>
        <source>A file already exists at {path}; choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="220"/>
        <source>The vault at {path} was written by a newer CaseConf (schema {found}, this version knows up to {supported}); update CaseConf to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="221"/>
        <source>The disk is full; the last change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="222"/>
        <source>The vault at {path} is read-only; nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="223"/>
        <source>The vault at {path} is in use by another program; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="224"/>
        <source>The vault at {path} is damaged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="225"/>
        <source>The SQLite library in use has no encryption (SQLCipher); refusing to continue.</source>
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
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="267"/>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="277"/>
        <source>Writing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="289"/>
        <source>whoever has the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="291"/>
        <source>Wrote {path}: {cases} cases, {records} records, for {to}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMinutesDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="66"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="67"/>
        <source>Export signed minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="73"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="76"/>
        <source>Version for the selected recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="83"/>
        <source>Language for the selected recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="86"/>
        <source>Another recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="87"/>
        <source>Name (not on the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="89"/>
        <source>Their agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="90"/>
        <source>Their agency (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="92"/>
        <source>Without an agency, someone not on the list receives the summary only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="96"/>
        <source>A&amp;dd recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="99"/>
        <source>Folder for the PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="100"/>
        <source>&amp;Sign the minutes (PAdES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="104"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="107"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="110"/>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="113"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="116"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="123"/>
        <source>Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="124"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="131"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="148"/>
        <source>Loading recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="251"/>
        <source>Tick at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="255"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="283"/>
        <source>Exporting minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="290"/>
        <source>Written {done} of {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="299"/>
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
        <location filename="../../src/caseconf_desktop/services/files.py" line="61"/>
        <source>Cannot write to the folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="37"/>
        <location filename="../../src/caseconf_desktop/services/files.py" line="79"/>
        <location filename="../../src/caseconf_desktop/services/subject_access.py" line="230"/>
        <source>Cannot write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="30"/>
        <source>There is no folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="42"/>
        <source>{path} is a folder; name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="44"/>
        <source>{path} is a link; name the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="46"/>
        <source>{path} is a device or a pipe, not a file; name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="105"/>
        <source>a caseconf.v1 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="106"/>
        <source>a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="107"/>
        <source>a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="108"/>
        <source>a PKCS#12 key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="109"/>
        <source>a passphrase file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="110"/>
        <source>a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="116"/>
        <source>{path} is {size}, more than {kind} may be ({limit}); nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="130"/>
        <source>{n} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="132"/>
        <source>{n} KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="133"/>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="624"/>
        <source>Cannot read {path}: there is no file by that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="625"/>
        <location filename="../../build/translations/helper_strings.py" line="628"/>
        <source>Cannot read {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="626"/>
        <source>{path} is a folder, not {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="627"/>
        <source>{path} is not a regular file, so it cannot be {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="757"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="758"/>
        <source>Subject&apos;s name (any script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="759"/>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="760"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="761"/>
        <source>Legal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="762"/>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="763"/>
        <source>Sentence start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="764"/>
        <source>Release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="765"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="766"/>
        <location filename="../../build/translations/helper_strings.py" line="775"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="767"/>
        <location filename="../../build/translations/helper_strings.py" line="771"/>
        <location filename="../../build/translations/helper_strings.py" line="800"/>
        <location filename="../../build/translations/helper_strings.py" line="805"/>
        <location filename="../../build/translations/helper_strings.py" line="814"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="768"/>
        <source>Review every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="769"/>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="770"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="772"/>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="773"/>
        <location filename="../../build/translations/helper_strings.py" line="816"/>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="774"/>
        <location filename="../../build/translations/helper_strings.py" line="797"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="776"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="777"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="778"/>
        <location filename="../../build/translations/helper_strings.py" line="818"/>
        <location filename="../../build/translations/helper_strings.py" line="821"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="779"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="780"/>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="781"/>
        <source>Support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="782"/>
        <source>Child (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="783"/>
        <source>Safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="784"/>
        <source>Consent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="785"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="786"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="787"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="788"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="789"/>
        <source>Overall level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="790"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="791"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="792"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="793"/>
        <source>Known unknowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="794"/>
        <source>Significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="795"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="796"/>
        <source>TLP label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="798"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="799"/>
        <location filename="../../build/translations/helper_strings.py" line="812"/>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="801"/>
        <location filename="../../build/translations/helper_strings.py" line="809"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="802"/>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="803"/>
        <source>Provider agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="804"/>
        <source>Provider (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="806"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="807"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="808"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="810"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="811"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="813"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="815"/>
        <source>Reason not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="817"/>
        <source>Agreed with the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="819"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="820"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="822"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="823"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="824"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="825"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="826"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="827"/>
        <source>Agreed meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="828"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="829"/>
        <location filename="../../build/translations/helper_strings.py" line="830"/>
        <location filename="../../build/translations/helper_strings.py" line="831"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="832"/>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="833"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="280"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="281"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="285"/>
        <source>Glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="287"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="288"/>
        <source>Agreed meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="289"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="292"/>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="834"/>
        <source>Show this list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="835"/>
        <source>Dashboard, cases, actions, agencies &amp; people, glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="836"/>
        <source>Find a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="837"/>
        <source>Lock the vault now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="838"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="839"/>
        <source>Prepare a conference for the case shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="840"/>
        <source>Run the case&apos;s next conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="841"/>
        <source>Export the minutes of the case&apos;s last closed conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="842"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="843"/>
        <source>Hand cases over in a bundle / take a bundle in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="844"/>
        <source>Move to the next / previous field or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="845"/>
        <source>Move between rows; Enter opens the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="846"/>
        <source>Open, prepare a conference, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="847"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="848"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="849"/>
        <source>Everything is kept in one encrypted vault file on this computer. Type its passphrase to unlock it; after a few wrong tries CaseConf waits a little longer each time. The vault locks itself when you leave it idle (File &gt; Preferences sets how long), and Ctrl+L locks it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="850"/>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="851"/>
        <source>Each case holds the subject, the lead agency and who leads which domain, the goals, family, consents, risk history, needs, interventions and actions. Open a case from the case list (Enter, or the row&apos;s context menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="852"/>
        <source>Prepare and run a conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="853"/>
        <source>Prepare a conference from the case file: date, place, agenda template, chair, facilitator and minute-taker. The runner then walks the agenda section by section. Mark who is in the room: while the subject or family is present the screen shows only what they may see. What you type is saved within seconds as a draft; only entries you add reach the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="854"/>
        <source>Close, sign and share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="855"/>
        <source>Closing shows a summary of what was recorded and what is missing. Export the minutes as signed PDF files, one version for each audience; each recipient receives only the version the disclosure rules allow. Anyone can check a received PDF with File &gt; Verify minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="856"/>
        <source>Hand-over and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="857"/>
        <source>Cases travel between computers as encrypted bundles (Hand-over menu); edits made on both sides become conflicts for a person to resolve, never silent overwrites. Back up regularly (File &gt; Back up now) and keep the backup&apos;s passphrase apart from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="858"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="859"/>
        <source>Orange text under a field is a warning, for instance a date in the past: check it, and save anyway if it is right. Red text is a problem that must be fixed before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="629"/>
        <source>The file is not an X.509 certificate (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="630"/>
        <source>A signing identity needs the owner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="631"/>
        <source>This vault has no owner profile, so it cannot create a signing identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="632"/>
        <source>The PKCS#12 file cannot be opened: the password is wrong or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="633"/>
        <source>The PKCS#12 file must hold both a private key and its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="634"/>
        <source>The key in the PKCS#12 file is of a kind that cannot sign PDFs (use RSA or EC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="635"/>
        <source>The private key in the PKCS#12 file does not belong to its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="318"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="319"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="361"/>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="322"/>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="323"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="327"/>
        <source>Bundle passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="328"/>
        <source>only for a bundle protected by a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="329"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="332"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="335"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="339"/>
        <source>Show &amp;conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="348"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="351"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="369"/>
        <source>Choose the bundle file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="376"/>
        <source>Checking and merging the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="384"/>
        <source>Importing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="398"/>
        <source>Imported from {sender}: {created} records added, {updated} changed, {deleted} deleted, {conflicts} new conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="412"/>
        <source>Erased here on the sender&apos;s word: {refs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="433"/>
        <source>• {ref}, erased on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="439"/>
        <source>The device that sent this bundle has erased these cases:
{cases}

Erase them from this vault too, beyond recovery, and import the bundle? The audit log keeps a tombstone of each. If you answer No, nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="342"/>
        <source>{value} is not a format this version reads (caseconf.v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="345"/>
        <source>{value} is not an id (1 to 128 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="346"/>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="347"/>
        <source>{value} is not a date and time (YYYY-MM-DDTHH:MM:SS+00:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="350"/>
        <source>needs a person_id or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="351"/>
        <source>{value} is not a TLP label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="352"/>
        <source>{value} is not an agency kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="353"/>
        <source>{value} is not a case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="354"/>
        <source>{value} is not a conference status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="355"/>
        <source>{value} is not an agenda section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="356"/>
        <source>{value} is not an entry kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="357"/>
        <source>{value} is not an attendance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="358"/>
        <source>{value} is not an attendee role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="359"/>
        <source>{value} is not a risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="360"/>
        <source>{value} is not a direction of risk change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="363"/>
        <source>{value} is not a need domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="364"/>
        <source>{value} is not a need level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="365"/>
        <source>{value} is not a need status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="366"/>
        <source>{value} is not an intervention kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="367"/>
        <source>{value} is not an intervention status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="370"/>
        <source>{value} is not an engagement level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="371"/>
        <source>{value} is not an action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="372"/>
        <source>{value} is not a reason for an action not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="375"/>
        <source>{value} is not a consent kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="376"/>
        <source>{value} is not a consent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="377"/>
        <source>{value} is not a goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="378"/>
        <source>{value} is not a responsibility domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="384"/>
        <source>{value} is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="385"/>
        <source>{value} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="386"/>
        <source>{value} is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="387"/>
        <source>{value} is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="388"/>
        <source>{value} is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="501"/>
        <source>{value} is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="559"/>
        <source>{value} is not an agency in this document or the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="562"/>
        <source>{value} is not a person in this document or the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="565"/>
        <source>{value} is not a conference in this document or the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="568"/>
        <source>{value} is not an action in this document or the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="613"/>
        <source>contains a character that is not valid Unicode text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="628"/>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="705"/>
        <source>{value} is used twice in the document (also at {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="684"/>
        <source>{value} belongs to another case in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="686"/>
        <source>{value} belongs to another conference in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="720"/>
        <source>{value} already belongs to another case in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="737"/>
        <source>{value} is already the id of another record in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="766"/>
        <source>{value} ({language}) is used twice in the document (also at {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="782"/>
        <source>{value} ({language}) is already another term in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="636"/>
        <source>{problem}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="637"/>
        <source>{problem} (and 1 more problem); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="638"/>
        <source>{problem} (and {count} more problems); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="639"/>
        <source>{path} is not UTF-8 text, so it is not a caseconf.v1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="640"/>
        <source>{path} is not valid JSON: {problem} at line {line}, column {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="641"/>
        <source>{path} is nested too deeply to be a caseconf.v1 document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="642"/>
        <source>{path} is not a caseconf.v1 document: its top level is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="643"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="644"/>
        <source>is not a caseconf.v1 field here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="645"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="646"/>
        <location filename="../../build/translations/helper_strings.py" line="652"/>
        <source>is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="647"/>
        <source>{value} is less than {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="648"/>
        <source>{value} is more than {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="649"/>
        <source>lists the same value twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="650"/>
        <source>{value} is not allowed here ({rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="651"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="653"/>
        <source>contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="654"/>
        <source>is nested too deeply for a caseconf.v1 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="655"/>
        <source>has a field name that is not a caseconf.v1 field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="396"/>
        <location filename="../../build/translations/helper_strings.py" line="447"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="397"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="398"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="399"/>
        <source>Carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="400"/>
        <location filename="../../build/translations/helper_strings.py" line="427"/>
        <location filename="../../build/translations/helper_strings.py" line="433"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="401"/>
        <source>Prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="402"/>
        <source>Probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="403"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="404"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="405"/>
        <location filename="../../build/translations/helper_strings.py" line="490"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="406"/>
        <source>Social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="407"/>
        <source>Civil-society organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="408"/>
        <source>Faith organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="409"/>
        <location filename="../../build/translations/helper_strings.py" line="455"/>
        <source>Family support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="410"/>
        <location filename="../../build/translations/helper_strings.py" line="454"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="411"/>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="412"/>
        <location filename="../../build/translations/helper_strings.py" line="457"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="413"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="414"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="415"/>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="416"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="417"/>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="418"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="419"/>
        <location filename="../../build/translations/helper_strings.py" line="499"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="420"/>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="421"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="422"/>
        <location filename="../../build/translations/helper_strings.py" line="467"/>
        <location filename="../../build/translations/helper_strings.py" line="487"/>
        <location filename="../../build/translations/helper_strings.py" line="504"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="423"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="424"/>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="425"/>
        <location filename="../../build/translations/helper_strings.py" line="459"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="426"/>
        <location filename="../../build/translations/helper_strings.py" line="460"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="428"/>
        <source>No significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="429"/>
        <source>Increased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="430"/>
        <source>Decreased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="431"/>
        <location filename="../../build/translations/helper_strings.py" line="458"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="432"/>
        <location filename="../../build/translations/helper_strings.py" line="479"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="434"/>
        <source>Information sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="435"/>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="436"/>
        <source>Family involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="437"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="438"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="439"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="440"/>
        <location filename="../../build/translations/helper_strings.py" line="474"/>
        <location filename="../../build/translations/helper_strings.py" line="521"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="441"/>
        <location filename="../../build/translations/helper_strings.py" line="520"/>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="442"/>
        <location filename="../../build/translations/helper_strings.py" line="519"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="443"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="444"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="445"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="446"/>
        <source>Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="448"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="449"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="450"/>
        <source>Mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="451"/>
        <source>Psychological</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="452"/>
        <source>Theological dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="453"/>
        <source>Vocational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="456"/>
        <source>Exit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="461"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="462"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="463"/>
        <location filename="../../build/translations/helper_strings.py" line="489"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="464"/>
        <location filename="../../build/translations/helper_strings.py" line="491"/>
        <source>Education and employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="465"/>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="466"/>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="468"/>
        <source>Social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="469"/>
        <source>Identity and meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="470"/>
        <source>Ideology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="471"/>
        <source>Finances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="472"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="473"/>
        <source>Faith support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="475"/>
        <location filename="../../build/translations/helper_strings.py" line="494"/>
        <location filename="../../build/translations/helper_strings.py" line="514"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="476"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="477"/>
        <location filename="../../build/translations/helper_strings.py" line="496"/>
        <location filename="../../build/translations/helper_strings.py" line="516"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="478"/>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="480"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="481"/>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="482"/>
        <source>Change of circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="483"/>
        <source>The agency did not act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="484"/>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="485"/>
        <location filename="../../build/translations/helper_strings.py" line="502"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="486"/>
        <location filename="../../build/translations/helper_strings.py" line="503"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="488"/>
        <location filename="../../build/translations/helper_strings.py" line="505"/>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="492"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="493"/>
        <source>Faith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="495"/>
        <location filename="../../build/translations/helper_strings.py" line="515"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="497"/>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="498"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="500"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="501"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="506"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="507"/>
        <source>Aob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="508"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="509"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="510"/>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="511"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="512"/>
        <source>Protective factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="513"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="517"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="518"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="143"/>
        <source>Working</source>
        <extracomment>Below this width the sidebar shows its icons only (names in tooltips).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="227"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="231"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="232"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="233"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="234"/>
        <source>Agencies &amp; people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="235"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="330"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="332"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="629"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="337"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="630"/>
        <source>&amp;Verify minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="343"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="633"/>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="344"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="356"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="634"/>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="345"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="635"/>
        <source>Change pass&amp;phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="346"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="636"/>
        <source>A&amp;udit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="347"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="637"/>
        <source>Re&amp;tention reviews due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="366"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="640"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="372"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="641"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="376"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="379"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="642"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="380"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="643"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="381"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="644"/>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="382"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="645"/>
        <source>A&amp;gencies &amp;&amp; people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="383"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="646"/>
        <source>G&amp;lossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="390"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="647"/>
        <source>&amp;Find a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="410"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="412"/>
        <source>Open a new case file: subject, lead agency, programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="416"/>
        <source>Prepare a &amp;conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="418"/>
        <source>Date, place, chair, facilitator and minute-taker of the case shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="422"/>
        <source>Run the ne&amp;xt conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="424"/>
        <source>Open the case&apos;s next conference in the agenda runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="428"/>
        <source>Export &amp;minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="430"/>
        <source>Signed PDF minutes of the case&apos;s last closed conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="480"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="482"/>
        <source>Main actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="452"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="454"/>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="455"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="456"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="458"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="459"/>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="460"/>
        <source>Take in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="462"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="463"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="495"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="591"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="592"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="654"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="597"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="655"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="599"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="656"/>
        <source>&amp;About CaseConf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="629"/>
        <source>Lock the vault now; unlock with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="631"/>
        <source>Check a received minutes PDF: intact or altered, who signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="633"/>
        <source>Write an encrypted backup of the whole vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="634"/>
        <source>Restore a backup into a new vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="635"/>
        <source>Change the vault&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="636"/>
        <source>Who opened, changed or exported what, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="638"/>
        <source>Cases whose retention review date has come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="640"/>
        <source>Auto-lock time, backup reminder and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="641"/>
        <source>Save everything and close CaseConf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="642"/>
        <source>Overdue actions, conferences due, conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="643"/>
        <source>All cases, with search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="644"/>
        <source>Every open action across cases, overdue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="645"/>
        <source>The agencies and people in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="646"/>
        <source>The agreed meaning of terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="647"/>
        <source>Search cases by reference, name or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="649"/>
        <source>Hand chosen cases to another computer in an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="651"/>
        <source>Take in the changes of a received bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="652"/>
        <source>Edits made on both sides, waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="653"/>
        <source>Computers this vault exchanges bundles with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="654"/>
        <source>Every keyboard shortcut (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="655"/>
        <source>A short guide to the whole workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="656"/>
        <source>Version, licences, and where your data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="692"/>
        <source>Case actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="695"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="695"/>
        <source>Open the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="697"/>
        <source>&amp;Prepare a conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="698"/>
        <source>Date, place, chair, facilitator and minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="702"/>
        <source>&amp;Export to a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="703"/>
        <source>Hand this case to another computer in an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="716"/>
        <source>&amp;Hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="648"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="720"/>
        <source>&amp;Export cases to a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="651"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="721"/>
        <source>&amp;Import a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="652"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="722"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="653"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="723"/>
        <source>&amp;Devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="858"/>
        <source>An interrupted conference was reopened where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="451"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="968"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="994"/>
        <source>The conference is prepared. Start running it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="116"/>
        <source>What we talked about and agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="117"/>
        <source>About this paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="118"/>
        <source>Who was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="119"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="120"/>
        <source>What we said we would do last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="121"/>
        <source>Keeping everyone safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="122"/>
        <source>What help you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="123"/>
        <source>Your family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="124"/>
        <source>Support and programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="125"/>
        <source>What we agreed to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="126"/>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="127"/>
        <source>To finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="128"/>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="129"/>
        <source>Who gets this paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="130"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="131"/>
        <source>Multi-agency case conference: minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="132"/>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="133"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="134"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="135"/>
        <source>Review of previous actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="136"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="137"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="138"/>
        <location filename="../../build/translations/helper_strings.py" line="751"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="139"/>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="140"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="141"/>
        <source>Any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="142"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="143"/>
        <source>Next conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="144"/>
        <source>Distribution list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="145"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="146"/>
        <source>These minutes record a multi-agency case conference. This full version is issued only to the professionals who were present. It is confidential: each contribution stays under the control of the agency that gave it, and nothing in it may be passed on beyond what its label allows without that agency&apos;s agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="147"/>
        <source>These minutes record a multi-agency case conference. This partner version is issued to agencies that need to know; it leaves out everything labelled above TLP:AMBER. It is confidential and may not be passed on beyond what its label allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="148"/>
        <source>This executive summary lists the decisions, disagreements and actions of a multi-agency case conference that may be shared up to TLP:GREEN. The full minutes are held by the agencies that were present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="149"/>
        <source>This is your copy, as a member of the family, of what was talked about at the meeting. It only has what the professionals agreed to share with the family. Please keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="150"/>
        <source>This is your copy of what was talked about and agreed at the meeting. It only has what the professionals agreed to share with you. Please keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="151"/>
        <source>TLP:CLEAR: disclosure is not limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="152"/>
        <source>TLP:GREEN: limited disclosure; you may share it within the partnership and your community, but not publicly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="153"/>
        <source>TLP:AMBER: limited disclosure; you may share it only within your organisation and with its clients, on a need-to-know basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="154"/>
        <source>TLP:AMBER+STRICT: limited disclosure; you may share it only within your organisation, on a need-to-know basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="155"/>
        <source>TLP:RED: for the named recipient only; do not share it with anyone, inside or outside your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="156"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="157"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="158"/>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="159"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="160"/>
        <source>a professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="161"/>
        <source>A decision has no rationale: “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="162"/>
        <source>A disagreement does not say which agency disagrees: “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="163"/>
        <source>The chair is also the minute-taker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="164"/>
        <source>The risk has not been assessed in this conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="165"/>
        <source>No date has been set for the next conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="656"/>
        <source>There is no conference with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="657"/>
        <source>The conference {id} is not closed yet; close it before exporting minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="658"/>
        <source>A recipient&apos;s name or agency is at most {max} characters; {n} were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="659"/>
        <source>Minutes of a multi-agency case conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="660"/>
        <source>{path} cannot be countersigned: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="661"/>
        <source>Only the chair of this conference may countersign these minutes, and {name} is not its chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="662"/>
        <source>Countersigned by the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="747"/>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="748"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="749"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="750"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="752"/>
        <source>Full (professionals who were present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="753"/>
        <source>Partners (up to TLP:AMBER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="754"/>
        <source>Summary (decisions, dissent and actions, up to TLP:GREEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="755"/>
        <source>Participant (plain language, shared with the subject only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="756"/>
        <source>Family (plain language, shared with the family only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesPdf</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="226"/>
        <source>Full minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="227"/>
        <source>Partner version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="228"/>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="229"/>
        <source>Participant version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="230"/>
        <source>Family version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="231"/>
        <source>{status}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="232"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="233"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="234"/>
        <source>Issued to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="235"/>
        <source>Nothing recorded at this meeting was left out of this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="236"/>
        <source>Some things said at the meeting are not in your copy: {n} in all. They are kept by the professionals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="237"/>
        <source>One item recorded at this conference is withheld from this version because of its label (above {label}) or who may see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="238"/>
        <source>{n} items recorded at this conference are withheld from this version because of their label (above {label}) or who may see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="239"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="240"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="241"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="242"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="243"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="244"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="245"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="246"/>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="247"/>
        <location filename="../../build/translations/helper_strings.py" line="315"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="248"/>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="249"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="250"/>
        <source>No attendance was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="251"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="252"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="253"/>
        <location filename="../../build/translations/helper_strings.py" line="296"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="254"/>
        <location filename="../../build/translations/helper_strings.py" line="262"/>
        <location filename="../../build/translations/helper_strings.py" line="267"/>
        <location filename="../../build/translations/helper_strings.py" line="314"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="255"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="256"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="257"/>
        <source>Sent info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="258"/>
        <source>{name} was in the room for: {sections}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="259"/>
        <source>{name} was not in the room for any part of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="260"/>
        <location filename="../../build/translations/helper_strings.py" line="265"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="261"/>
        <location filename="../../build/translations/helper_strings.py" line="266"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="263"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="264"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="268"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="269"/>
        <source>We agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="270"/>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="271"/>
        <location filename="../../build/translations/helper_strings.py" line="275"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="272"/>
        <location filename="../../build/translations/helper_strings.py" line="285"/>
        <source>Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="273"/>
        <source>{agency} disagreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="274"/>
        <source>Disagreement (agency not recorded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="276"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="277"/>
        <source>Source: {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="278"/>
        <source>Source: not attributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="279"/>
        <source>{level} (previously {previous}); change since the last conference: {change}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="280"/>
        <source>{level}; change since the last conference: {change}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="281"/>
        <location filename="../../build/translations/helper_strings.py" line="290"/>
        <source>Overall risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="282"/>
        <source>The reasoning behind this level carries a more restricted label than this version and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="283"/>
        <source>What changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="284"/>
        <source>Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="286"/>
        <source>Known unknowns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="287"/>
        <source>Assessed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="288"/>
        <source>Assessed on {date} · {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="289"/>
        <source>Risk over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="291"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="292"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="293"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="294"/>
        <location filename="../../build/translations/helper_strings.py" line="304"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="295"/>
        <location filename="../../build/translations/helper_strings.py" line="307"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="297"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="298"/>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="299"/>
        <source>Support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="300"/>
        <source>Safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="301"/>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="302"/>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="303"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="305"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="306"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="308"/>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="309"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="310"/>
        <source>No decisions were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="311"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="312"/>
        <source>this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="313"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="316"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="317"/>
        <source>This document carries a digital signature (PAdES) by {signer}. Check it with &apos;caseconf minutes verify&apos; or in CaseConf: any change after signing shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="318"/>
        <source>This copy is not digitally signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="319"/>
        <source>Record: audit chain {head}, generated {when} UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="320"/>
        <source>{role}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="321"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="322"/>
        <source>Chair (countersignature): {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="323"/>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="324"/>
        <source>This paper is for {name}. It tells you what was said at the meeting about {subject} on {date} that the team agreed to share with the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="325"/>
        <source>This paper is for {name}. It tells you what was said and agreed at the meeting about your plan on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="326"/>
        <source>The meeting was at {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="327"/>
        <source>Your goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="328"/>
        <source>• {goal} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="329"/>
        <source>What happened since the last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="330"/>
        <source>• {action}: {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="331"/>
        <source>What you agreed to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="332"/>
        <source>What others will do for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="333"/>
        <source>Support for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="334"/>
        <source>No support has been written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="335"/>
        <source>The next meeting is planned for {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="336"/>
        <source>No date has been set for the next meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="337"/>
        <source>Who to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="338"/>
        <source>Ask any of the professionals you meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="339"/>
        <source>{name} at {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="340"/>
        <source>If you have a question, contact {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="341"/>
        <source>Phone: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="342"/>
        <source>Email: {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="343"/>
        <source>If you disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="344"/>
        <source>If you think something in this paper is wrong, tell your contact or any professional you trust. You can ask for what you say to be added to the notes of the meeting. You can also make a complaint. Your contact will tell you how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="345"/>
        <source>The parts of the meeting you were in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="346"/>
        <source>You were in the room for: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="347"/>
        <source>You were not in the room for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="348"/>
        <source>How to check this copy is genuine: it carries a digital seal from {signer}. A professional can check with CaseConf that nobody has changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="349"/>
        <source>This copy has no digital seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="350"/>
        <source>Sealed by: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="351"/>
        <source>Checked by the chair: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="352"/>
        <source>• {who}: {what}, by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="353"/>
        <source>• {who}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="354"/>
        <source>• {what}, by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="355"/>
        <source>• {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="356"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="166"/>
        <source>add another word or two; uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="167"/>
        <source>straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="168"/>
        <source>short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="169"/>
        <source>use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="170"/>
        <source>repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="171"/>
        <source>repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="172"/>
        <source>avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="173"/>
        <source>sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="174"/>
        <source>avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="175"/>
        <source>recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="176"/>
        <source>avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="177"/>
        <source>avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="178"/>
        <source>dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="179"/>
        <source>avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="180"/>
        <source>it is one of the 10 most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="181"/>
        <source>it is one of the 100 most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="182"/>
        <source>it is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="183"/>
        <source>it is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="184"/>
        <source>a word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="185"/>
        <source>names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="186"/>
        <source>common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="187"/>
        <source>capitals do not help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="188"/>
        <source>all capitals are almost as easy to guess as all lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="189"/>
        <source>reversed words are not much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="190"/>
        <source>predictable substitutions like &apos;@&apos; instead of &apos;a&apos; do not help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="191"/>
        <source>use a few words, avoid common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="192"/>
        <source>there is no need for symbols, digits or capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="193"/>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="194"/>
        <source>The passphrase is too easy to guess: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="195"/>
        <source>The new passphrase must be at least {n} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="196"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="663"/>
        <source>Cannot write next to the vault in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="664"/>
        <source>the copy differs from the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="665"/>
        <source>audit log broken at row {seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="666"/>
        <source>the copy was not closed cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="48"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="49"/>
        <source>Good: longer is stronger.</source>
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
    <name>Plausibility</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="197"/>
        <source>This date is in the past ({date}). Save anyway if that is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="198"/>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="199"/>
        <source>This due date has passed: the action will be overdue at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="200"/>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="201"/>
        <source>This does not look like a phone number: digits, spaces, + ( ) - only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="23"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="24"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="27"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="29"/>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="31"/>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="35"/>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="40"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="41"/>
        <source>CaseConf uses the new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="42"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareConferenceDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="41"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="42"/>
        <source>Prepare a conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="50"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="52"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="53"/>
        <source>e.g. meeting room, establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="55"/>
        <source>Agenda template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="63"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="65"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="67"/>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="71"/>
        <source>Invited professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="72"/>
        <source>Invite the subject for the sections open to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="73"/>
        <source>Invite involved family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="76"/>
        <source>Actions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="80"/>
        <source>Check the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="86"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="87"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="88"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="89"/>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="90"/>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="91"/>
        <source>&amp;Minute-taker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="107"/>
        <source>&amp;Invited (by agency):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="112"/>
        <source>To review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="116"/>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="151"/>
        <source>{n} open actions from earlier conferences will come in for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="164"/>
        <source>The subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="201"/>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="31"/>
        <source>CaseConf: room screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="32"/>
        <source>Room screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="44"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="48"/>
        <source>Current section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="52"/>
        <source>Time in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="55"/>
        <source>Guidance prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="59"/>
        <source>Recorded in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="63"/>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="120"/>
        <source>Actions agreed so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="67"/>
        <source>Who may see this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="126"/>
        <source>The subject or family is in the room: this screen shows only what is shared with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="130"/>
        <source>Professionals only in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="135"/>
        <source>Decision: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickActionBar</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="371"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="372"/>
        <source>New action: what will be done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="374"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="384"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="385"/>
        <source>Check the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="386"/>
        <source>With the &amp;subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="387"/>
        <source>Agreed with the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="388"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="396"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="428"/>
        <source>Say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="432"/>
        <source>Choose the owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/forms.py" line="247"/>
        <source>Problem with {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/forms.py" line="250"/>
        <source>Check {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="167"/>
        <source>&amp;Add…</source>
        <extracomment>Above this many rows a table stays one line a row: wrapping measures every row&apos;s height.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="168"/>
        <source>Add {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="170"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="172"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="190"/>
        <source>New {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="196"/>
        <source>Edit {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="202"/>
        <source>Delete this {noun}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="203"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="168"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="169"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="173"/>
        <source>The backup is checked (every page, the audit log) and restored into a new vault file; the vault you have open is not changed. Use the passphrase the vault had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="180"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="181"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="184"/>
        <source>New vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="185"/>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="189"/>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="190"/>
        <source>Replace the file if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="194"/>
        <source>Restore status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="196"/>
        <source>Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="197"/>
        <source>Restore into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="198"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="202"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="213"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="221"/>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="232"/>
        <source>Choose the backup and where to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="235"/>
        <source>Type the passphrase of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="239"/>
        <source>Checking and restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="244"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="667"/>
        <source>The retention period must be 1 to 100 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="668"/>
        <source>Give the reason for the erasure (--reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="669"/>
        <source>The reason must be at most {n} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="670"/>
        <source>That case no longer exists in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="671"/>
        <source>erasure of {day} applied again after a restore</source>
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
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="74"/>
        <source>Check the new due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="76"/>
        <source>D&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="78"/>
        <source>Not done: &amp;circumstances changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="82"/>
        <source>Not done: agency did &amp;not act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="86"/>
        <source>C&amp;lose without review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="140"/>
        <source>Overall risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="143"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="144"/>
        <source>e.g. VERA-2R or ERG (name and outcome only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="153"/>
        <source>{domain} rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="162"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="165"/>
        <source>Known unknowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="168"/>
        <source>Significant change since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="171"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="173"/>
        <source>TLP label of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="178"/>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="179"/>
        <source>Fra&amp;mework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="180"/>
        <source>Domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="181"/>
        <source>Rat&amp;ionale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="182"/>
        <source>Known &amp;unknowns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="183"/>
        <source>Chang&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="184"/>
        <source>&amp;What changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="185"/>
        <source>Risk l&amp;abel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="186"/>
        <source>This conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="191"/>
        <source>Previous assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="192"/>
        <source>Previous conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="221"/>
        <source>No earlier assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="229"/>
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
        <location filename="../../src/caseconf_desktop/ui/widgets/risk_chart.py" line="23"/>
        <source>Risk trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/widgets/risk_chart.py" line="50"/>
        <source>No risk assessments yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="202"/>
        <source>A case needs a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="203"/>
        <source>Give the subject&apos;s name as they write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="204"/>
        <source>Review frequency must be between 7 and 730 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="205"/>
        <source>The release date is before the sentence start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="206"/>
        <source>Every conference needs a chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="207"/>
        <source>Every conference needs a facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="208"/>
        <source>Every conference needs a minute-taker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="209"/>
        <source>The chair and the minute-taker should be different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="210"/>
        <source>Say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="211"/>
        <source>Every action needs an owner (a person and their agency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="212"/>
        <source>Every action needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="213"/>
        <source>Record the rationale for this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="214"/>
        <source>Say which agency gave this information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="215"/>
        <source>Name the agency that disagrees.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="105"/>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="106"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="111"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutOverview</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="71"/>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="77"/>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="78"/>
        <source>Running a conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="93"/>
        <source>List of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="357"/>
        <source>Digitally signed by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="358"/>
        <source>Certificate {fp}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="359"/>
        <source>The file is not a readable PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="360"/>
        <source>These minutes have no empty signature field left to countersign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="361"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="362"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="363"/>
        <source>Information held about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="364"/>
        <source>Case {reference}. Prepared {when} by {who}. Purpose: {purpose}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="365"/>
        <source>This document holds everything recorded about the person in this vault, including restricted (TLP:RED) information and information about other people. Review it before disclosing any part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="366"/>
        <source>Of the conference entries, {n} are labelled above TLP:GREEN or not marked shareable with the person; look at them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="367"/>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="368"/>
        <location filename="../../build/translations/helper_strings.py" line="370"/>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="369"/>
        <source>Disclosures of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="371"/>
        <source>{when}: {audience} version (TLP:{tlp}) to {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="372"/>
        <source>Who consulted or changed the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="373"/>
        <source>Audit chain head: {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="374"/>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="375"/>
        <source>Subject access export — case {reference} — page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="672"/>
        <source>Subject access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="673"/>
        <source>Say what the export is for (--purpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="674"/>
        <source>The purpose must be at most {n} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="675"/>
        <source>The JSON and the PDF must go to two different files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="126"/>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="128"/>
        <source>Closing summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="134"/>
        <source>Summary of the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="136"/>
        <source>Back to the agenda  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="160"/>
        <source>&amp;Export minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="163"/>
        <source>Back to the &amp;case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="140"/>
        <source>Missing from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="145"/>
        <source>Missing from the record: the chair confirms each one (the minutes will say &apos;not recorded&apos; there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="155"/>
        <source>&amp;Close the conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="190"/>
        <source>Close the conference now? The record can no longer be changed, and the minutes are made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="202"/>
        <source>The closing summary is shown when only professionals are in the room. Mark the subject and family as having left, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="222"/>
        <source>Confirmed, close without it: {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="239"/>
        <source>Record everyone&apos;s attendance before closing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="246"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="255"/>
        <source>No decisions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="260"/>
        <source>Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="267"/>
        <source>agency not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="274"/>
        <source>New actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="285"/>
        <source>No new actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="287"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="289"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="293"/>
        <source>{before} → {now} (change: {change})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="302"/>
        <source>Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="304"/>
        <source>Next conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="307"/>
        <source>The conference is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="579"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="580"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="581"/>
        <source>{text} is longer than {field} may be ({n} characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="582"/>
        <source>{text} is not a valid value for {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="676"/>
        <source>The bundle refers to a record this vault does not have ({table} {id}); ask the sender for a whole-case bundle (without --since-last). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="677"/>
        <source>The bundle holds a case with reference {ref}, but another case in this vault already has that reference; rename one of them first. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/tasks.py" line="92"/>
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
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="76"/>
        <source>Unlock CaseConf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="78"/>
        <source>CaseConf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="81"/>
        <source>Multi-agency case conferences, kept encrypted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="96"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="133"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="144"/>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="147"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="149"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="152"/>
        <source>Create a &amp;new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="155"/>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="157"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="173"/>
        <source>New vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="175"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="177"/>
        <source>Your agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="179"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="180"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="181"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="184"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="188"/>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="191"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="192"/>
        <source>C&amp;reate vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="194"/>
        <source>&amp;Back to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="198"/>
        <source>Vault &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="199"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="200"/>
        <source>Your &amp;agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="201"/>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="202"/>
        <source>Pa&amp;ssphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="203"/>
        <source>Re&amp;peat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="234"/>
        <source>Too short: use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="252"/>
        <source>Type the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="263"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="275"/>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="278"/>
        <source>Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="291"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="299"/>
        <source>Choose where to keep the vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="301"/>
        <source>Give your name: it is recorded as the author of your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="303"/>
        <source>Give your agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="307"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="322"/>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="342"/>
        <source>Locked after a period of inactivity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="172"/>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="173"/>
        <source>CaseConf user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="175"/>
        <source>User guide text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="680"/>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vaults</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="678"/>
        <source>The owner&apos;s name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="679"/>
        <source>The owner&apos;s agency must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="376"/>
        <source>{field}: signed by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="377"/>
        <location filename="../../build/translations/helper_strings.py" line="392"/>
        <source>an unknown signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="378"/>
        <source>The minutes are intact, the signatures cover the whole file and every signer is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="379"/>
        <source>The minutes are intact, but this vault does not trust the signer {names}; compare the certificate fingerprint with them, then run &apos;caseconf identity trust&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="380"/>
        <source>The minutes cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="381"/>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="382"/>
        <source>NOT trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="383"/>
        <source>certificate SHA-256 {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="384"/>
        <source>- {field}: not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="385"/>
        <source>The signature in {field} cannot be checked{error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="386"/>
        <source>The content was changed after {field} was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="387"/>
        <source>The signature in {field} does not match its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="388"/>
        <source>Something was added to the file after the last signature ({field}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="389"/>
        <source>The file was changed after {field} was signed, beyond a countersignature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="390"/>
        <source>A change after {field} was signed breaks the signer&apos;s modification policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="391"/>
        <source>The chair&apos;s field was signed by {name}, who is not the chair of this conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="393"/>
        <source>The file is not a readable PDF, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="394"/>
        <source>The file carries no digital signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="395"/>
        <source>A signature fails pyHanko&apos;s overall validation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyMinutesDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="366"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="367"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="394"/>
        <source>Verify minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="371"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="378"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="379"/>
        <source>&amp;Choose a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="381"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="394"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="401"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="403"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DirectoryHost</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="211"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="3"/>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="6"/>
        <source>Vault passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="7"/>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="8"/>
        <source>The two passphrases differ; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="13"/>
        <source>Created vault {path} for {owner} ({agency}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="14"/>
        <source>Added {cases} demo cases with {conferences} conferences and {entries} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="16"/>
        <source>Audit head at {at}: row {seq}, SHA-256 {hash}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="17"/>
        <source>Check it later with: caseconf audit verify --anchor {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="18"/>
        <source>{option} must be a date like 2026-01-31, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="19"/>
        <source>There is no single person named {name} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="20"/>
        <source>Wrote {path}: {audience} minutes ({tlp}) for {recipient}, SHA-256 {sha}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="21"/>
        <source>Wrote the certificate of {name} to {path}; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="22"/>
        <location filename="../../build/translations/helper_strings.py" line="35"/>
        <source>Now trusting {name}; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="23"/>
        <source>{name} was already trusted; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="24"/>
        <source>Minutes are now signed as {name}; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="25"/>
        <source>Wrote and checked the backup {path} ({size} bytes, SHA-256 {sha}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="26"/>
        <source>Checked the backup and restored it into the vault {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="27"/>
        <source>No new passphrase given: use --new-passphrase-file, CASECONF_NEW_PASSPHRASE or a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="28"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="29"/>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="30"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="31"/>
        <source>Changed the passphrase of {path}; only the new one opens it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="32"/>
        <source>Erased case {ref} and {n} records; the audit log keeps a tombstone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="4"/>
        <source>The passphrase file {path} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="5"/>
        <source>No passphrase given: use {option}, CASECONF_PASSPHRASE or a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="9"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="10"/>
        <source>The system refused: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="11"/>
        <source>There is no standard output to write to; use --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="12"/>
        <source>{option} must be a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="15"/>
        <source>Cases imported: {cases} ({created} records created, {updated} updated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="33"/>
        <source>Wrote {files}: {records} records, {disclosures} disclosures, {events} audit events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="34"/>
        <source>Fingerprint: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="36"/>
        <source>{name} is trusted; fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="37"/>
        <source>this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="38"/>
        <source>Give either --to NAME (a trusted device) or --passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="39"/>
        <source>Wrote {path}: {cases} cases, {records} records, for {to}; bundle {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="40"/>
        <source>whoever has the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="41"/>
        <source>Imported bundle {id} from {sender}: {created} records added, {updated} changed, {deleted} deleted, {conflicts} new conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="42"/>
        <source>Erased here, as the sender did: {refs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="43"/>
        <source>here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="44"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="45"/>
        <source>Resolved conflict {id} ({what}, {field}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="46"/>
        <source>vault file (default: CASECONF_VAULT or the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="47"/>
        <source>read the passphrase from FILE (else CASECONF_PASSPHRASE, else a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="48"/>
        <source>the bundle&apos;s own passphrase, from FILE (or CASECONF_BUNDLE_PASSPHRASE), for a bundle protected by a passphrase instead of addressed to a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="49"/>
        <source>CaseConf: multi-agency case conferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="50"/>
        <source>launch the application (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="51"/>
        <source>create a vault and its owner&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="52"/>
        <source>add synthetic demo cases (never real people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="53"/>
        <source>list and search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="54"/>
        <source>list cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="55"/>
        <source>import a caseconf.v1 JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="56"/>
        <source>export one case as caseconf.v1 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="57"/>
        <source>verify and read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="58"/>
        <source>recompute the audit hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="59"/>
        <source>also check a head printed earlier by &apos;audit anchor&apos; (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="60"/>
        <source>print the current head for the paper file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="61"/>
        <source>list audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="62"/>
        <source>only this person&apos;s actions (name or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="63"/>
        <source>only actions starting with PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="64"/>
        <source>from this day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="65"/>
        <source>up to and including this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="66"/>
        <source>export, verify and countersign signed PDF minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="67"/>
        <source>write one version of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="68"/>
        <source>the agency a recipient who is not on the attendance list receives it for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="69"/>
        <source>write the PDF without signing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="70"/>
        <source>the language of the minutes&apos; fixed text (what was entered stays as typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="71"/>
        <source>check the signatures of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="72"/>
        <source>add the chair&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="73"/>
        <source>write here instead of in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="74"/>
        <source>the signing identity and trusted signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="75"/>
        <source>write this vault&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="76"/>
        <source>trust a colleague&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="77"/>
        <source>sign with a PKCS#12 key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="78"/>
        <source>write a checked, encrypted copy of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="79"/>
        <source>restore a backup into a new vault (--vault NEWPATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="80"/>
        <source>replace an existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="81"/>
        <source>erase again every case the current VAULT has erased (same passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="82"/>
        <source>change the vault&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="83"/>
        <source>set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="84"/>
        <source>read the new passphrase from FILE (else CASECONF_NEW_PASSPHRASE, else a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="85"/>
        <source>retention review and erasure of one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="86"/>
        <source>erase a case, keeping a tombstone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="87"/>
        <source>cases due for retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="88"/>
        <source>default retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="89"/>
        <source>everything held on one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="90"/>
        <source>why the export is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="91"/>
        <source>this vault&apos;s device identity and trusted devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="92"/>
        <source>print this device&apos;s line and fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="93"/>
        <source>trust another device by its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="94"/>
        <source>the name to address it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="95"/>
        <source>this device and the trusted ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="96"/>
        <source>encrypted, signed case bundles for offline hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="97"/>
        <source>write cases to a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="98"/>
        <source>the trusted device to address it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="99"/>
        <source>only what changed since the last bundle to that device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="100"/>
        <source>check and merge a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="101"/>
        <source>erase here the cases the sender has erased (else such a bundle is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="102"/>
        <source>changes two devices made to the same field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="103"/>
        <source>list open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="104"/>
        <source>settle one conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="105"/>
        <source>the value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="106"/>
        <source>caseconf: interrupted. What was already saved stays saved, nothing is left half-written; run the command again to see where it stopped.</source>
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
</TS>
