<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="69"/>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation>El archivo de frase de contraseña {path} no es texto UTF-8.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file, CASECONF_PASSPHRASE or a terminal.</source>
        <translation type="vanished">No se ha indicado ninguna frase de contraseña: use --passphrase-file, CASECONF_PASSPHRASE o un terminal.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="85"/>
        <source>Vault passphrase: </source>
        <translation>Frase de contraseña de la bóveda: </translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="86"/>
        <source>Repeat the passphrase: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="87"/>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Las dos frases de contraseña no coinciden; no se ha creado nada.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="200"/>
        <source>Created vault {path} for {owner} ({agency}).</source>
        <translation>Se ha creado la bóveda {path} para {owner} ({agency}).</translation>
    </message>
    <message>
        <source>--cases must be at least 1.</source>
        <translation type="vanished">--cases debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="214"/>
        <source>Added {cases} demo cases with {conferences} conferences and {entries} entries.</source>
        <translation>Se han añadido {cases} casos de demostración con {conferences} conferencias y {entries} anotaciones.</translation>
    </message>
    <message>
        <source>Imported {cases} cases ({created} records created, {updated} updated).</source>
        <translation type="vanished">Se han importado {cases} casos ({created} registros creados, {updated} actualizados).</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file.</source>
        <translation type="vanished">{path} es una carpeta; indique un archivo.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="312"/>
        <source>Audit head at {at}: row {seq}, SHA-256 {hash}.</source>
        <translation>Cabeza del registro de auditoría a las {at}: fila {seq}, SHA-256 {hash}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="316"/>
        <source>Check it later with: caseconf audit verify --anchor {line}</source>
        <translation>Compruébelo más tarde con: caseconf audit verify --anchor {line}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="364"/>
        <source>{option} must be a date like 2026-01-31, not {value!r}.</source>
        <translation>{option} debe ser una fecha como 2026-01-31, no {value!r}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="386"/>
        <source>There is no single person named {name} in this vault.</source>
        <translation>No hay una única persona llamada {name} en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="406"/>
        <source>Wrote {path}: {audience} minutes ({tlp}) for {recipient}, SHA-256 {sha}.</source>
        <translation>Se ha escrito {path}: acta {audience} ({tlp}) para {recipient}, SHA-256 {sha}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="455"/>
        <source>Wrote the certificate of {name} to {path}; fingerprint {fp}.</source>
        <translation>Se ha escrito el certificado de {name} en {path}; huella {fp}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="472"/>
        <location filename="../../src/caseconf_desktop/cli.py" line="655"/>
        <source>Now trusting {name}; fingerprint {fp}.</source>
        <translation>Ahora se confía en {name}; huella {fp}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="474"/>
        <source>{name} was already trusted; fingerprint {fp}.</source>
        <translation>Ya se confiaba en {name}; huella {fp}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="488"/>
        <source>Minutes are now signed as {name}; fingerprint {fp}.</source>
        <translation>Las actas se firman ahora como {name}; huella {fp}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="502"/>
        <source>Wrote and checked the backup {path} ({size} bytes, SHA-256 {sha}).</source>
        <translation>Se ha escrito y comprobado la copia de seguridad {path} ({size} bytes, SHA-256 {sha}).</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="523"/>
        <source>Checked the backup and restored it into the vault {path}.</source>
        <translation>Se ha comprobado la copia de seguridad y se ha restaurado en la bóveda {path}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="533"/>
        <source>No new passphrase given: use --new-passphrase-file, CASECONF_NEW_PASSPHRASE or a terminal.</source>
        <translation>No se ha indicado ninguna frase de contraseña nueva: use --new-passphrase-file, CASECONF_NEW_PASSPHRASE o un terminal.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="536"/>
        <source>New passphrase: </source>
        <translation>Frase de contraseña nueva: </translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="537"/>
        <source>Repeat the new passphrase: </source>
        <translation>Repita la frase de contraseña nueva: </translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="538"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="554"/>
        <source>Changed the passphrase of {path}; only the new one opens it now.</source>
        <translation>Se ha cambiado la frase de contraseña de {path}; ahora solo la nueva la abre.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="568"/>
        <source>Erased case {ref} and {n} records; the audit log keeps a tombstone.</source>
        <translation>Se ha borrado el caso {ref} y {n} registros; el registro de auditoría conserva una marca de borrado.</translation>
    </message>
    <message>
        <source>--years must be at least 1.</source>
        <translation type="vanished">--years debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="72"/>
        <source>The passphrase file {path} is empty.</source>
        <translation>El archivo de frase de contraseña {path} está vacío.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="82"/>
        <source>No passphrase given: use {option}, CASECONF_PASSPHRASE or a terminal.</source>
        <translation>No se ha dado ninguna frase de contraseña: use {option}, CASECONF_PASSPHRASE o un terminal.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="150"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>No se puede usar {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="151"/>
        <source>The system refused: {reason}.</source>
        <translation>El sistema lo ha rechazado: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="156"/>
        <source>There is no standard output to write to; use --out FILE.</source>
        <translation>No hay salida estándar en la que escribir; use --out ARCHIVO.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="177"/>
        <source>{option} must be a whole number from {low} to {high}.</source>
        <translation>{option} debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="271"/>
        <source>Cases imported: {cases} ({created} records created, {updated} updated).</source>
        <translation>Casos importados: {cases} ({created} registros creados, {updated} actualizados).</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="616"/>
        <source>Wrote {files}: {records} records, {disclosures} disclosures, {events} audit events.</source>
        <translation>Se ha escrito {files}: {records} registros, {disclosures} comunicaciones, {events} eventos de auditoría.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="644"/>
        <source>Fingerprint: {fp}</source>
        <translation>Huella: {fp}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="657"/>
        <source>{name} is trusted; fingerprint {fp}.</source>
        <translation>Se confía en {name}; huella {fp}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="685"/>
        <source>this vault</source>
        <translation>esta bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="696"/>
        <source>Give either --to NAME (a trusted device) or --passphrase-file FILE.</source>
        <translation>Indique --to NOMBRE (un dispositivo de confianza) o --passphrase-file ARCHIVO.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="708"/>
        <source>Wrote {path}: {cases} cases, {records} records, for {to}; bundle {id}.</source>
        <translation>Se ha escrito {path}: {cases} casos, {records} registros, para {to}; paquete {id}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="712"/>
        <source>whoever has the passphrase</source>
        <translation>quien tenga la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="729"/>
        <source>Imported bundle {id} from {sender}: {created} records added, {updated} changed, {deleted} deleted, {conflicts} new conflicts.</source>
        <translation>Se ha importado el paquete {id} de {sender}: {created} registros añadidos, {updated} modificados, {deleted} borrados, {conflicts} conflictos nuevos.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="741"/>
        <source>Erased here, as the sender did: {refs}.</source>
        <translation>Borrados aquí, como hizo el remitente: {refs}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="773"/>
        <source>Resolved conflict {id} ({what}, {field}).</source>
        <translation>Se ha resuelto el conflicto {id} ({what}, {field}).</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="802"/>
        <source>vault file (default: CASECONF_VAULT or the user data folder)</source>
        <translation>archivo de la bóveda (por defecto: CASECONF_VAULT o la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="808"/>
        <source>read the passphrase from FILE (else CASECONF_PASSPHRASE, else a prompt)</source>
        <translation>leer la frase de contraseña de ARCHIVO (si no, CASECONF_PASSPHRASE; si no, se pregunta)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="818"/>
        <source>the bundle&apos;s own passphrase, from FILE (or CASECONF_BUNDLE_PASSPHRASE), for a bundle protected by a passphrase instead of addressed to a device</source>
        <translation>la frase de contraseña propia del paquete, de ARCHIVO (o CASECONF_BUNDLE_PASSPHRASE), para un paquete protegido con frase de contraseña en lugar de dirigido a un dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="827"/>
        <source>CaseConf: multi-agency case conferences.</source>
        <translation>CaseConf: conferencias de caso entre varios organismos.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="849"/>
        <source>launch the application (the default)</source>
        <translation>iniciar la aplicación (por defecto)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="851"/>
        <source>create a vault and its owner&apos;s profile</source>
        <translation>crear una bóveda y el perfil de su titular</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="856"/>
        <source>add synthetic demo cases (never real people)</source>
        <translation>añadir casos de demostración sintéticos (nunca personas reales)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="860"/>
        <source>list and search cases</source>
        <translation>listar y buscar casos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="861"/>
        <source>list cases</source>
        <translation>listar casos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="866"/>
        <source>import a caseconf.v1 JSON document</source>
        <translation>importar un documento JSON caseconf.v1</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="869"/>
        <source>export one case as caseconf.v1 JSON</source>
        <translation>exportar un caso como JSON caseconf.v1</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="873"/>
        <source>verify and read the audit log</source>
        <translation>verificar y leer el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="874"/>
        <source>recompute the audit hash chain</source>
        <translation>recalcular la cadena de hashes de auditoría</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="879"/>
        <source>also check a head printed earlier by &apos;audit anchor&apos; (repeatable)</source>
        <translation>comprobar también una cabeza impresa antes con &apos;audit anchor&apos; (repetible)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="881"/>
        <source>print the current head for the paper file</source>
        <translation>imprimir la cabeza actual para el expediente en papel</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="882"/>
        <source>list audit events</source>
        <translation>listar los eventos de auditoría</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="885"/>
        <source>only this person&apos;s actions (name or id)</source>
        <translation>solo las acciones de esta persona (nombre o id)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="886"/>
        <source>only actions starting with PREFIX</source>
        <translation>solo las acciones que empiezan por PREFIJO</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="887"/>
        <source>from this day (YYYY-MM-DD)</source>
        <translation>desde este día (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="888"/>
        <source>up to and including this day</source>
        <translation>hasta este día, incluido</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="890"/>
        <source>export, verify and countersign signed PDF minutes</source>
        <translation>exportar, verificar y refrendar actas firmadas en PDF</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="891"/>
        <source>write one version of the minutes</source>
        <translation>escribir una versión del acta</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="902"/>
        <source>the agency a recipient who is not on the attendance list receives it for</source>
        <translation>el organismo por el que la recibe un destinatario que no figura en la lista de asistencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="905"/>
        <source>write the PDF without signing it</source>
        <translation>escribir el PDF sin firmarlo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="910"/>
        <source>the language of the minutes&apos; fixed text (what was entered stays as typed)</source>
        <translation>el idioma del texto fijo del acta (lo que se escribió queda tal como se escribió)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="912"/>
        <source>check the signatures of minutes</source>
        <translation>comprobar las firmas de un acta</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="915"/>
        <source>add the chair&apos;s signature</source>
        <translation>añadir la firma de la presidencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="917"/>
        <source>write here instead of in place</source>
        <translation>escribir aquí en lugar de sobrescribir</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="919"/>
        <source>the signing identity and trusted signers</source>
        <translation>la identidad de firma y los firmantes de confianza</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="921"/>
        <source>write this vault&apos;s certificate</source>
        <translation>escribir el certificado de esta bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="924"/>
        <source>trust a colleague&apos;s certificate</source>
        <translation>confiar en el certificado de un colega</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="927"/>
        <source>sign with a PKCS#12 key instead</source>
        <translation>firmar en su lugar con una clave PKCS#12</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="932"/>
        <source>write a checked, encrypted copy of the vault</source>
        <translation>escribir una copia cifrada y comprobada de la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="935"/>
        <source>restore a backup into a new vault (--vault NEWPATH)</source>
        <translation>restaurar una copia de seguridad en una bóveda nueva (--vault RUTANUEVA)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="937"/>
        <source>replace an existing file</source>
        <translation>sustituir un archivo existente</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="941"/>
        <source>erase again every case the current VAULT has erased (same passphrase)</source>
        <translation>volver a borrar cada caso que la BÓVEDA actual haya borrado (misma frase de contraseña)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="944"/>
        <source>change the vault&apos;s passphrase</source>
        <translation>cambiar la frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="945"/>
        <source>set a new passphrase</source>
        <translation>establecer una frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="949"/>
        <source>read the new passphrase from FILE (else CASECONF_NEW_PASSPHRASE, else a prompt)</source>
        <translation>leer la frase de contraseña nueva de ARCHIVO (si no, CASECONF_NEW_PASSPHRASE; si no, se pregunta)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="952"/>
        <source>retention review and erasure of one case</source>
        <translation>revisión de conservación y borrado de un caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="953"/>
        <source>erase a case, keeping a tombstone</source>
        <translation>borrar un caso, conservando una marca de borrado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="957"/>
        <source>cases due for retention review</source>
        <translation>casos pendientes de revisión de conservación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="959"/>
        <source>default retention period</source>
        <translation>plazo de conservación por defecto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="962"/>
        <source>everything held on one person</source>
        <translation>todo lo que se conserva sobre una persona</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="966"/>
        <source>why the export is made</source>
        <translation>por qué se hace la exportación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="968"/>
        <source>this vault&apos;s device identity and trusted devices</source>
        <translation>la identidad de dispositivo de esta bóveda y los dispositivos de confianza</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="969"/>
        <source>print this device&apos;s line and fingerprint</source>
        <translation>imprimir la línea y la huella de este dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="970"/>
        <source>trust another device by its line</source>
        <translation>confiar en otro dispositivo por su línea</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="972"/>
        <source>the name to address it by</source>
        <translation>el nombre con el que dirigirse a él</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="973"/>
        <source>this device and the trusted ones</source>
        <translation>este dispositivo y los de confianza</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="976"/>
        <source>encrypted, signed case bundles for offline hand-over</source>
        <translation>paquetes de casos cifrados y firmados para la entrega sin conexión</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="978"/>
        <source>write cases to a bundle</source>
        <translation>escribir casos en un paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="981"/>
        <source>the trusted device to address it to</source>
        <translation>el dispositivo de confianza al que dirigirlo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="986"/>
        <source>only what changed since the last bundle to that device</source>
        <translation>solo lo que ha cambiado desde el último paquete a ese dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="989"/>
        <source>check and merge a bundle</source>
        <translation>comprobar e integrar un paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="995"/>
        <source>erase here the cases the sender has erased (else such a bundle is refused)</source>
        <translation>borrar aquí los casos que el remitente ha borrado (si no, se rechaza el paquete)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="998"/>
        <source>changes two devices made to the same field</source>
        <translation>cambios que dos dispositivos hicieron en el mismo campo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="999"/>
        <source>list open conflicts</source>
        <translation>listar los conflictos abiertos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="1002"/>
        <source>settle one conflict</source>
        <translation>resolver un conflicto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="1005"/>
        <source>the value to keep</source>
        <translation>el valor que se conserva</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/cli.py" line="1050"/>
        <source>caseconf: interrupted. What was already saved stays saved, nothing is left half-written; run the command again to see where it stopped.</source>
        <translation>caseconf: interrumpido. Lo que ya estaba guardado sigue guardado y nada queda a medio escribir; vuelva a ejecutar la orden para ver dónde se detuvo.</translation>
    </message>
    <message>
        <source>caseconf: interrupted; nothing more was written.</source>
        <translation type="vanished">caseconf: interrumpido; no se ha escrito nada más.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="151"/>
        <source>Cannot read {path}: there is no file by that name.</source>
        <translation>No se puede leer {path}: no hay ningún archivo con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="154"/>
        <location filename="../../src/caseconf_desktop/services/files.py" line="171"/>
        <source>Cannot read {path}.</source>
        <translation>No se puede leer {path}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="157"/>
        <source>{path} is a folder, not {kind}.</source>
        <translation>{path} es una carpeta, no {kind}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="161"/>
        <source>{path} is not a regular file, so it cannot be {kind}.</source>
        <translation>{path} no es un archivo normal, así que no puede ser {kind}.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="190"/>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="191"/>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="215"/>
        <source>About CaseConf</source>
        <translation>Acerca de CaseConf</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="197"/>
        <source>Default vault</source>
        <translation>Bóveda por defecto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="198"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="199"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="200"/>
        <source>Logs and crash notes</source>
        <translation>Registros y notas de fallos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="203"/>
        <source>Open vault</source>
        <translation>Bóveda abierta</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="681"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="682"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="683"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="684"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="685"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="686"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="149"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="150"/>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="155"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="159"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="160"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="161"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="162"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="163"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="167"/>
        <source>Open actions list</source>
        <translation>Lista de acciones abiertas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="183"/>
        <source>{n} open actions, {o} overdue.</source>
        <translation>{n} acciones abiertas, {o} vencidas.</translation>
    </message>
</context>
<context>
    <name>AgendaRunner</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="342"/>
        <source>Agenda runner</source>
        <translation>Guía de la conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="347"/>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="352"/>
        <source>Privacy notice</source>
        <translation>Aviso de privacidad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="358"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="360"/>
        <source>{state}; {m} minutes</source>
        <translation>{state}; {m} minutos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="362"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="363"/>
        <source>Visited</source>
        <translation>Visitada</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="364"/>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="365"/>
        <source>To come</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="374"/>
        <source>Agenda sections</source>
        <translation>Puntos del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="381"/>
        <source>Current section</source>
        <translation>Punto actual</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="384"/>
        <source>Time in this section</source>
        <translation>Tiempo en este punto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="388"/>
        <source>Guidance prompts</source>
        <translation>Preguntas de orientación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="405"/>
        <source>Actions agreed in this conference</source>
        <translation>Acciones acordadas en esta conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="407"/>
        <source>Hidden while the subject or family is in the room.</source>
        <translation>Oculto mientras la persona de referencia o la familia están en la sala.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="411"/>
        <source>Section editor</source>
        <translation>Editor del punto</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="693"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="694"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="695"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="696"/>
        <source>Shared with</source>
        <translation>Compartido con</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="697"/>
        <source>subject</source>
        <translation>persona de referencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="747"/>
        <location filename="../../build/translations/helper_strings.py" line="698"/>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="699"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="700"/>
        <source>Entries of this section</source>
        <translation>Anotaciones de este punto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="519"/>
        <source>Opening the conference</source>
        <translation>Apertura de la conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="640"/>
        <source>{ref} — conference of {date}, {place}</source>
        <translation>{ref}: conferencia del {date}, {place}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="701"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="736"/>
        <source>{who} in the room: only content labelled TLP:CLEAR or TLP:GREEN and shared with them is on screen. Hidden in this section: {n}. New entries are shared with them and TLP:GREEN.</source>
        <translation>{who} en la sala: en pantalla solo aparece el contenido etiquetado TLP:CLEAR o TLP:GREEN y compartido con ellos. Ocultas en este punto: {n}. Las anotaciones nuevas se comparten con ellos y llevan TLP:GREEN.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="745"/>
        <source>the subject</source>
        <translation>la persona de referencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="749"/>
        <source>Open to: professionals, {who}.</source>
        <translation>Abierto a: profesionales, {who}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="751"/>
        <source>Professionals only.</source>
        <translation>Solo profesionales.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="702"/>
        <source>Saving draft…</source>
        <translation>Guardando el borrador…</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="703"/>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="704"/>
        <source>Write something first.</source>
        <translation>Escriba algo primero.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="705"/>
        <source>Edit entry</source>
        <translation>Editar la anotación</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="706"/>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="707"/>
        <source>Editing an added entry</source>
        <translation>Edición de una anotación añadida</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="708"/>
        <source>Delete this entry?</source>
        <translation>¿Desea eliminar esta anotación?</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="709"/>
        <source>Delete entry</source>
        <translation>Eliminar la anotación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="968"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1028"/>
        <source>The section “{title}” was skipped.</source>
        <translation>Se ha omitido el punto «{title}».</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="1055"/>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="692"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="710"/>
        <source>Show this list of shortcuts</source>
        <translation>Mostrar esta lista de atajos</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="711"/>
        <source>Next agenda section</source>
        <translation>Siguiente punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="712"/>
        <source>Previous agenda section</source>
        <translation>Punto anterior del orden del día</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="713"/>
        <source>Go to agenda section 1 … 9</source>
        <translation>Ir al punto 1 … 9 del orden del día</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="714"/>
        <source>Write a new entry</source>
        <translation>Escribir una anotación nueva</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="715"/>
        <source>Add the entry being written</source>
        <translation>Añadir la anotación que se está escribiendo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="716"/>
        <source>Entry kind / TLP label / source agency / shareable</source>
        <translation>Tipo de anotación / etiqueta TLP / organismo de origen / compartible</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="717"/>
        <source>Add an action (from anywhere)</source>
        <translation>Añadir una acción (desde cualquier lugar)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="718"/>
        <source>Go to the attendance list</source>
        <translation>Ir a la lista de asistencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="719"/>
        <source>Mark the selected person in the room / left</source>
        <translation>Marcar a la persona seleccionada en la sala / fuera</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="720"/>
        <source>Go to the entries of this section</source>
        <translation>Ir a las anotaciones de este punto</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="721"/>
        <source>Edit the selected entry</source>
        <translation>Editar la anotación seleccionada</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="722"/>
        <source>Review and close the conference</source>
        <translation>Revisar y cerrar la conferencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="723"/>
        <source>Open or close the room screen (projector)</source>
        <translation>Abrir o cerrar la pantalla de la sala (proyector)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="724"/>
        <source>Leave the action line or the summary</source>
        <translation>Salir de la línea de acción o del resumen</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="725"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="726"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="727"/>
        <source>Owner agency</source>
        <translation>Organismo responsable</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="728"/>
        <location filename="../../build/translations/helper_strings.py" line="738"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="729"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="730"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="731"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="732"/>
        <source>Child</source>
        <translation>Hijo/a</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="733"/>
        <source>Involvement</source>
        <translation>Implicación</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="734"/>
        <source>Support offered</source>
        <translation>Apoyo ofrecido</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="735"/>
        <source>Safeguarding</source>
        <translation>Protección</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="736"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="737"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="739"/>
        <source>Engagement</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="740"/>
        <source>need</source>
        <translation>necesidad</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="741"/>
        <source>family member</source>
        <translation>familiar</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="742"/>
        <source>intervention</source>
        <translation>intervención</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/caseconf_desktop/app.py" line="62"/>
        <source>CaseConf met an unexpected problem. Your saved work is safe in the vault; the last few seconds of typing may need checking. A technical note was written to {path}.</source>
        <translation>CaseConf ha encontrado un problema inesperado. Su trabajo guardado está a salvo en la bóveda; quizá deba revisar lo escrito en los últimos segundos. Se ha escrito una nota técnica en {path}.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="687"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Función</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="688"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="689"/>
        <source>Not recorded yet: press P (present), G (apologies) or T (absent).</source>
        <translation>Sin registrar todavía: pulse P (presente), G (excusa) o T (ausente).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="690"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="691"/>
        <source>In the room now</source>
        <translation>En la sala ahora</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="42"/>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="93"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="75"/>
        <source>Attendance list</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="95"/>
        <source>&amp;Present</source>
        <translation>&amp;Presente</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="97"/>
        <source>Apolo&amp;gies</source>
        <translation>&amp;Excusa</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="99"/>
        <source>Absen&amp;t</source>
        <translation>Ause&amp;nte</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="101"/>
        <source>In room / left  (Space)</source>
        <translation>En la sala / fuera  (Espacio)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/attendance.py" line="102"/>
        <source>Toggle in the room now</source>
        <translation>Alternar «en la sala ahora»</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="522"/>
        <source>the minutes issued on {at}</source>
        <translation>el acta emitida el {at}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="523"/>
        <source>the bundle {ref} sent on {at}</source>
        <translation>el paquete {ref} enviado el {at}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="524"/>
        <source>the backup with SHA-256 {ref} made on {at}</source>
        <translation>la copia de seguridad con SHA-256 {ref} hecha el {at}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="525"/>
        <source>the anchor printed on {at}</source>
        <translation>el ancla impresa el {at}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="526"/>
        <source>the backup recorded in row {ref} of the log</source>
        <translation>la copia de seguridad registrada en la fila {ref} del registro</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="527"/>
        <source>the anchor {ref} you gave</source>
        <translation>el ancla {ref} que ha indicado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="528"/>
        <source>a record of kind {kind}</source>
        <translation>un registro de tipo {kind}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="529"/>
        <source>The audit chain is broken at row {seq} ({problem}).</source>
        <translation>La cadena de auditoría está rota en la fila {seq} ({problem}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="530"/>
        <source>The audit log was cut short: {where} recorded row {seq}, but the log ends at row {rows}.</source>
        <translation>El registro de auditoría se ha recortado: {where} registró la fila {seq}, pero el registro termina en la fila {rows}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="531"/>
        <source>The audit log was rewritten: it no longer holds the head {hash} recorded by {where}.</source>
        <translation>El registro de auditoría se ha reescrito: ya no contiene la cabeza {hash} registrada por {where}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="532"/>
        <source>The audit chain is intact: {rows} rows, head {head}.</source>
        <translation>La cadena de auditoría está intacta: {rows} filas, cabeza {head}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="533"/>
        <source>The audit chain is intact: {rows} rows, head {head}, holding every recorded head ({n}).</source>
        <translation>La cadena de auditoría está intacta: {rows} filas, cabeza {head}, y contiene todas las cabezas registradas ({n}).</translation>
    </message>
    <message>
        <source>The audit chain is intact: {rows} rows, head {head}, holding all {n} recorded heads.</source>
        <translation type="vanished">La cadena de auditoría está intacta: {rows} filas, cabeza {head}, con las {n} cabezas registradas.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="534"/>
        <source>An anchor is SEQ:HASH as &apos;caseconf audit anchor&apos; prints it, not {value!r}.</source>
        <translation>Un ancla es SEQ:HASH tal como la imprime &apos;caseconf audit anchor&apos;, no {value!r}.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="167"/>
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="212"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="213"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="217"/>
        <source>#</source>
        <translation>n.º</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="218"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="219"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="243"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="220"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="221"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="241"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="222"/>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="223"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="231"/>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="245"/>
        <source>Kind of action</source>
        <translation>Tipo de acción</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="246"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="247"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="255"/>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="256"/>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="257"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="258"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="259"/>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="267"/>
        <source>Audit summary</source>
        <translation>Resumen de auditoría</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="270"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="282"/>
        <source>Reading the audit log</source>
        <translation>Leyendo el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="291"/>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="296"/>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="301"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="330"/>
        <source>The hash chain is intact.</source>
        <translation>La cadena de hashes está intacta.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="335"/>
        <source>{shown} of {total} events shown. {chain}</source>
        <translation>Se muestran {shown} de {total} eventos. {chain}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="344"/>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="346"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="365"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/audit.py" line="370"/>
        <source>Exported {n} events to {path}.</source>
        <translation>Se han exportado {n} eventos a {path}.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message numerus="yes">
        <source>%n case(s) due for retention review.</source>
        <translation type="vanished">
            <numerusform>%n caso pendiente de revisión de conservación.</numerusform>
            <numerusform>%n casos pendientes de revisión de conservación.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="535"/>
        <source>The backup at {path} is damaged ({problem}); nothing was restored.</source>
        <translation>La copia de seguridad de {path} está dañada ({problem}); no se ha restaurado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="536"/>
        <source>The copy written to {path} failed its check ({problem}); it was not kept.</source>
        <translation>La copia escrita en {path} no ha superado la comprobación ({problem}); no se ha conservado.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="537"/>
        <source>The vault at {path} is open or was not closed cleanly; close it and try again.</source>
        <translation>La bóveda de {path} está abierta o no se cerró correctamente; ciérrela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="538"/>
        <source>not a CaseConf vault</source>
        <translation>no es una bóveda de CaseConf</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="539"/>
        <location filename="../../build/translations/helper_strings.py" line="541"/>
        <location filename="../../build/translations/helper_strings.py" line="545"/>
        <location filename="../../build/translations/helper_strings.py" line="551"/>
        <source>damaged pages</source>
        <translation>páginas dañadas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="540"/>
        <source>audit log broken at row {seq}</source>
        <translation>registro de auditoría roto en la fila {seq}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="542"/>
        <source>There is no backup file at {path}.</source>
        <translation>No hay ninguna copia de seguridad en {path}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="543"/>
        <source>Cannot write to the folder {folder}.</source>
        <translation>No se puede escribir en la carpeta {folder}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="544"/>
        <source>Cannot write {path}.</source>
        <translation>No se puede escribir {path}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="546"/>
        <source>the audit log differs</source>
        <translation>el registro de auditoría difiere</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="547"/>
        <source>row counts differ</source>
        <translation>el número de filas difiere</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file.</source>
        <translation type="vanished">{path} es una carpeta; indique un archivo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="548"/>
        <source>A backup cannot replace the vault itself; choose another file.</source>
        <translation>Una copia de seguridad no puede sustituir a la propia bóveda; elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="549"/>
        <source>Restore into a new file, not over the vault the erasures come from.</source>
        <translation>Restaure en un archivo nuevo, no sobre la bóveda de la que proceden los borrados.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="550"/>
        <source>Restore into a new file, not over the backup itself ({path}).</source>
        <translation>Restaure en un archivo nuevo, no sobre la propia copia de seguridad ({path}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="552"/>
        <source>the copy was not closed cleanly</source>
        <translation>la copia no se cerró correctamente</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="66"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="67"/>
        <source>Back up the vault</source>
        <translation>Hacer una copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="73"/>
        <source>The backup is a complete copy of the vault, encrypted with the vault&apos;s current passphrase and checked after writing. Keep it on another drive (an encrypted USB stick or a network share), not next to the vault.</source>
        <translation>La copia de seguridad es una copia completa de la bóveda, cifrada con la frase de contraseña actual de la bóveda y comprobada después de escribirla. Guárdela en otra unidad (una memoria USB cifrada o una carpeta de red), no junto a la bóveda.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="79"/>
        <source>Last backup: …</source>
        <translation>Última copia de seguridad: …</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="80"/>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="84"/>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="85"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="89"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="91"/>
        <source>Remind me after</source>
        <translation>Recordármelo después de</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="94"/>
        <source>Backup status</source>
        <translation>Estado de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="96"/>
        <source>Back up &amp;to:</source>
        <translation>&amp;Copiar en:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="99"/>
        <source>&amp;Remind me when the last backup is older than:</source>
        <translation>&amp;Recordármelo cuando la última copia tenga más de:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="104"/>
        <source>Back &amp;up now</source>
        <translation>&amp;Hacer la copia ahora</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="116"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="152"/>
        <source>Last backup: {when}</source>
        <translation>Última copia de seguridad: {when}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="120"/>
        <source>Back up to</source>
        <translation>Copiar en</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="132"/>
        <source>Choose where to write the backup.</source>
        <translation>Elija dónde escribir la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="137"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="138"/>
        <source>Backing up</source>
        <translation>Copia de seguridad en curso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="148"/>
        <source>Backup written and checked: {path} ({mb:.1f} MB).</source>
        <translation>Copia de seguridad escrita y comprobada: {path} ({mb:.1f} MB).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="743"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="744"/>
        <source>The backup was restored into {path}. Open the restored vault now?</source>
        <translation>La copia de seguridad se ha restaurado en {path}. ¿Desea abrir ahora la bóveda restaurada?</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="745"/>
        <source>Unlock the restored vault with the passphrase of the backup.</source>
        <translation>Desbloquee la bóveda restaurada con la frase de contraseña de la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="746"/>
        <source>No backup for {n} days: File ▸ Back up now…</source>
        <translation>Sin copia de seguridad desde hace {n} días: Archivo ▸ Hacer copia de seguridad ahora…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="273"/>
        <source>%n case(s) due for retention review.</source>
        <translation>
            <numerusform>%n caso pendiente de revisión de conservación.</numerusform>
            <numerusform>%n casos pendientes de revisión de conservación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="553"/>
        <source>{path} is not a CaseConf bundle.</source>
        <translation>{path} no es un paquete de CaseConf.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="554"/>
        <source>The bundle {path} is {size} MiB, more than the {limit} MiB a bundle may be; nothing was imported.</source>
        <translation>El paquete {path} ocupa {size} MiB, más de los {limit} MiB permitidos para un paquete; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="555"/>
        <source>The bundle {path} was made by a newer CaseConf (bundle format {found}, this version reads {known}); update CaseConf to import it. Nothing was imported.</source>
        <translation>El paquete {path} se hizo con una versión más reciente de CaseConf (formato de paquete {found}; esta versión lee {known}); actualice CaseConf para importarlo. No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="556"/>
        <source>The bundle {path} is incomplete: it ends early (an interrupted copy?); copy it again. Nothing was imported.</source>
        <translation>El paquete {path} está incompleto: termina antes de tiempo (¿una copia interrumpida?); cópielo de nuevo. No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="557"/>
        <source>The bundle {path} has been altered or damaged since it was made; nothing was imported.</source>
        <translation>El paquete {path} se ha modificado o dañado desde que se hizo; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="558"/>
        <source>The bundle {path} is addressed to another device, not to this vault; nothing was imported.</source>
        <translation>El paquete {path} está dirigido a otro dispositivo, no a esta bóveda; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="559"/>
        <source>The bundle {path} is protected by a passphrase; give the passphrase to import it. Nothing was imported.</source>
        <translation>El paquete {path} está protegido con una frase de contraseña; indíquela para importarlo. No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="560"/>
        <source>The passphrase does not open the bundle {path}; nothing was imported.</source>
        <translation>La frase de contraseña no abre el paquete {path}; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="561"/>
        <source>The bundle {path} comes from a device this vault does not trust ({name}, fingerprint {fp}); trust it first. Nothing was imported.</source>
        <translation>El paquete {path} procede de un dispositivo en el que esta bóveda no confía ({name}, huella {fp}); confíe primero en él. No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="562"/>
        <source>The bundle {path} was already imported on {when}; importing it again changes nothing.</source>
        <translation>El paquete {path} ya se importó el {when}; volver a importarlo no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="563"/>
        <source>The bundle {path} was made by this vault; there is nothing to import.</source>
        <translation>El paquete {path} se hizo en esta bóveda; no hay nada que importar.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="564"/>
        <source>The bundle {path} holds data this version cannot read ({detail}); nothing was imported.</source>
        <translation>El paquete {path} contiene datos que esta versión no puede leer ({detail}); no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="565"/>
        <source>The bundle {path} holds a member ({member}) of {size} MiB, more than the {limit} MiB a member may be; nothing was imported.</source>
        <translation>El paquete {path} contiene un elemento ({member}) de {size} MiB, más de los {limit} MiB permitidos para un elemento; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="566"/>
        <source>The bundle {path} carries case {ref}, which was erased from this vault on {day}; nothing was imported.</source>
        <translation>El paquete {path} contiene el caso {ref}, que se borró de esta bóveda el {day}; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="567"/>
        <source>The bundle {path} changes case {ref}, which its manifest does not list; nothing was imported.</source>
        <translation>El paquete {path} modifica el caso {ref}, que su manifiesto no incluye; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="568"/>
        <source>The bundle {path} from {device} changes case {ref}, which this vault never sent to that device nor received from it; nothing was imported.</source>
        <translation>El paquete {path} de {device} modifica el caso {ref}, que esta bóveda nunca envió a ese dispositivo ni recibió de él; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="569"/>
        <source>The bundle {path} says case {ref} was erased on {day}; confirm to erase it here too (bundle import --apply-erasures). Nothing was imported.</source>
        <translation>El paquete {path} indica que el caso {ref} se borró el {day}; confirme para borrarlo también aquí (bundle import --apply-erasures). No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="570"/>
        <source>The bundle {path} says case {ref} and {more} other cases were erased (the first on {day}); confirm to erase them here too (bundle import --apply-erasures). Nothing was imported.</source>
        <translation>El paquete {path} indica que se borraron el caso {ref} y otros {more} casos (el primero, el {day}); confirme para borrarlos también aquí (bundle import --apply-erasures). No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="571"/>
        <source>A bundle passphrase must be at least {n} characters long.</source>
        <translation>La frase de contraseña de un paquete debe tener al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="572"/>
        <source>Address the bundle to a trusted device or protect it with a passphrase.</source>
        <translation>Dirija el paquete a un dispositivo de confianza o protéjalo con una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="573"/>
        <source>Only a bundle for a trusted device can hold just what changed since the last.</source>
        <translation>Solo un paquete para un dispositivo de confianza puede contener únicamente lo que ha cambiado desde el último.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="574"/>
        <source>Choose at least one case for the bundle.</source>
        <translation>Elija al menos un caso para el paquete.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="575"/>
        <source>records that do not fit together</source>
        <translation>registros que no encajan entre sí</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="576"/>
        <source>erased on {day} by {device}; confirmed here</source>
        <translation>borrado el {day} por {device}; confirmado aquí</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="577"/>
        <source>with id {id}</source>
        <translation>con id {id}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="578"/>
        <source>passphrase</source>
        <translation>frase de contraseña</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/casefile.py" line="89"/>
        <source>That case no longer exists in this vault.</source>
        <translation>Ese caso ya no existe en esta bóveda.</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="228"/>
        <source>Case file</source>
        <extracomment>Tables whose names a case file shows (owners, agencies) without being the case&apos;s own.</extracomment>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="232"/>
        <source>Case heading</source>
        <translation>Encabezado del caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="233"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="235"/>
        <source>Undo last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="237"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="239"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="252"/>
        <source>Case file sections</source>
        <translation>Secciones del expediente</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="283"/>
        <source>Loading the case</source>
        <translation>Cargando el caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="288"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="vanished">Persona de referencia</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="vanished">Seudónimo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="vanished">Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation type="vanished">Situación jurídica</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="vanished">Centro</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="vanished">Condena</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="vanished">Programa</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="369"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="355"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="443"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="460"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="484"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Review frequency</source>
        <translation type="vanished">Frecuencia de revisión</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation type="vanished">Revisión de conservación</translation>
    </message>
    <message>
        <source>Latest risk</source>
        <translation type="vanished">Último riesgo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="329"/>
        <source>Edit case &amp;details…</source>
        <translation>Editar los &amp;datos del caso…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="331"/>
        <source>&amp;Prepare a conference…</source>
        <translation>&amp;Preparar una conferencia…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="333"/>
        <source>Erase case…</source>
        <translation>Borrar el caso…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="335"/>
        <source>Merge &amp;conflicts…</source>
        <translation>Resolver &amp;conflictos…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="336"/>
        <source>Merge conflicts of this case</source>
        <translation>Resolver los conflictos de este caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="348"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="352"/>
        <source>Case goals</source>
        <translation>Objetivos del caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="354"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="356"/>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="357"/>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="360"/>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="362"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="366"/>
        <source>Responsibility matrix</source>
        <translation>Matriz de responsabilidades</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="368"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="440"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="370"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="371"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="376"/>
        <source>responsibility</source>
        <translation>responsabilidad</translation>
    </message>
    <message>
        <source>People &amp;&amp; responsibilities</source>
        <translation type="vanished">Personas &amp;&amp; responsabilidades</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="378"/>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="382"/>
        <source>Family members</source>
        <translation>Familiares</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="384"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="385"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="386"/>
        <source>Child</source>
        <translation>Hijo/a</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="387"/>
        <source>Involvement</source>
        <translation>Implicación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="388"/>
        <source>Support offered</source>
        <translation>Apoyo ofrecido</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="391"/>
        <source>family member</source>
        <translation>familiar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="393"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="397"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="412"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="399"/>
        <source>Consent to</source>
        <translation>Consentimiento para</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="400"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="401"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="482"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="402"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="410"/>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="418"/>
        <source>Risk history</source>
        <translation>Historial de riesgo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="420"/>
        <source>Assessed</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="421"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="441"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="422"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="423"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="424"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="511"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="429"/>
        <source>risk assessment</source>
        <translation>evaluación de riesgo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="434"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="438"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="449"/>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="442"/>
        <source>Owner agency</source>
        <translation>Organismo responsable</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="444"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="447"/>
        <source>need</source>
        <translation>necesidad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="453"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="468"/>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="455"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="457"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="461"/>
        <source>Engagement</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="462"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="463"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="466"/>
        <source>intervention</source>
        <translation>intervención</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="472"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="477"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="475"/>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="483"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="485"/>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="486"/>
        <source>Minute-taker</source>
        <translation>Secretaría de actas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="487"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="491"/>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="504"/>
        <source>Conferences</source>
        <translation>Conferencias</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="493"/>
        <source>Prepare a &amp;new conference…</source>
        <translation>Preparar una &amp;nueva conferencia…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="495"/>
        <source>&amp;Run the selected conference</source>
        <translation>Di&amp;rigir la conferencia seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="508"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="509"/>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="510"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="512"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="514"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="521"/>
        <source>Exported minutes</source>
        <translation>Actas exportadas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="523"/>
        <source>Minutes</source>
        <translation>Actas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="539"/>
        <source>Edit case</source>
        <translation>Editar el caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="547"/>
        <source>This conference is closed; its record is kept as it was.</source>
        <translation>Esta conferencia está cerrada; su registro se conserva tal como estaba.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="554"/>
        <source>Merge &amp;conflicts (%n)…</source>
        <translation>
            <numerusform>Resolver &amp;conflictos (%n)…</numerusform>
            <numerusform>Resolver &amp;conflictos (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation type="vanished">cada {n} días</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="vanished">sin evaluar</translation>
    </message>
</context>
<context>
    <name>CaseOverviewPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="112"/>
        <source>Case overview</source>
        <extracomment>The subject&apos;s details, in the order shown (keys of :attr:`CaseOverviewPage.details`).</extracomment>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="121"/>
        <source>Next conference</source>
        <translation>Próxima conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="122"/>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="123"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="124"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="125"/>
        <source>Lead agency and responsibilities</source>
        <translation>Organismo principal y responsabilidades</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="126"/>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="161"/>
        <source>Subject</source>
        <translation>Persona de referencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="145"/>
        <source>Latest risk</source>
        <translation>Último riesgo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="146"/>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="321"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="162"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="163"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="164"/>
        <source>Legal status</source>
        <translation>Situación jurídica</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="165"/>
        <source>Establishment</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="166"/>
        <source>Sentence</source>
        <translation>Condena</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="167"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="168"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="169"/>
        <source>Review frequency</source>
        <translation>Frecuencia de revisión</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="170"/>
        <source>Retention review</source>
        <translation>Revisión de conservación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="205"/>
        <source>every {n} days</source>
        <translation>cada {n} días</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="215"/>
        <source>Place not set yet</source>
        <translation>Lugar aún sin fijar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="219"/>
        <source>Its date has passed: hold it or set a new date.</source>
        <translation>Su fecha ya pasó: celébrela o fije una nueva.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="221"/>
        <source>None planned</source>
        <translation>Ninguna prevista</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="224"/>
        <source>Agreed at the last conference for {date}.</source>
        <translation>Acordada en la última conferencia para el {date}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="226"/>
        <source>Due by {date} (the case&apos;s review frequency).</source>
        <translation>Debe celebrarse antes del {date} (frecuencia de revisión del caso).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="230"/>
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>Con %n día de retraso.</numerusform>
            <numerusform>Con %n días de retraso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="235"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n abierta</numerusform>
            <numerusform>%n abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="236"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="245"/>
        <source>No open actions.</source>
        <translation>No hay acciones abiertas.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="247"/>
        <source>no owner yet</source>
        <translation>aún sin responsable</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="249"/>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="251"/>
        <source>overdue since {date}</source>
        <translation>vencida desde el {date}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="253"/>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="258"/>
        <source>and %n more on the Actions tab.</source>
        <translation>
            <numerusform>y %n más en la pestaña Acciones.</numerusform>
            <numerusform>y %n más en la pestaña Acciones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="264"/>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="268"/>
        <source>Risk trend</source>
        <translation>Evolución del riesgo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="270"/>
        <source>Rising since the previous assessment.</source>
        <translation>En aumento desde la evaluación anterior.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="271"/>
        <source>Falling since the previous assessment.</source>
        <translation>En descenso desde la evaluación anterior.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="272"/>
        <source>No change since the previous assessment.</source>
        <translation>Sin cambios desde la evaluación anterior.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="278"/>
        <source>Latest assessment {date} ({n} in all).</source>
        <translation>Última evaluación: {date} ({n} en total).</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="290"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="293"/>
        <source>withdrawn {date}</source>
        <translation>retirado el {date}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="297"/>
        <source>given {given}, holds until {until}</source>
        <translation>otorgado el {given}, vigente hasta el {until}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="302"/>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="306"/>
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>caduca dentro de %n día</numerusform>
            <numerusform>caduca dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="313"/>
        <source>%n consent(s) to confirm at the next conference.</source>
        <translation>
            <numerusform>%n consentimiento que confirmar en la próxima conferencia.</numerusform>
            <numerusform>%n consentimientos que confirmar en la próxima conferencia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="320"/>
        <source>No lead agency yet</source>
        <translation>Aún sin organismo principal</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_overview.py" line="323"/>
        <source>No responsibilities recorded yet.</source>
        <translation>Aún no hay responsabilidades registradas.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="860"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="861"/>
        <source>Subject</source>
        <translation>Persona de referencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="862"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="863"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="864"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="865"/>
        <source>Next conference due</source>
        <translation>Próxima conferencia prevista</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="866"/>
        <source>No conference for more than 12 months</source>
        <translation>Sin conferencia desde hace más de 12 meses</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="867"/>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="868"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/cases.py" line="142"/>
        <source>There is no case with reference {ref}.</source>
        <translation>No hay ningún caso con la referencia {ref}.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="59"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="48"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="49"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="60"/>
        <source>Choose the cases to hand over (Ctrl or Shift for several).</source>
        <translation>Elija los casos que va a entregar (Ctrl o Mayús para varios).</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="62"/>
        <source>Find a case</source>
        <translation>Buscar un caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="63"/>
        <source>Filter by reference, name, agency…</source>
        <translation>Filtrar por referencia, nombre, organismo…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="66"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="67"/>
        <source>Subject</source>
        <translation>Persona de referencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="68"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="69"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="73"/>
        <source>Cases to hand over</source>
        <translation>Casos que se entregan</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="79"/>
        <source>Cases chosen</source>
        <translation>Casos elegidos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="91"/>
        <source>Loading cases</source>
        <translation>Cargando los casos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="108"/>
        <source>{n} cases chosen</source>
        <translation>{n} casos elegidos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="53"/>
        <source>Search cases: reference, name in any script, notes…  (Ctrl+F)</source>
        <translation>Buscar casos: referencia, nombre en cualquier escritura, notas…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="55"/>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="58"/>
        <source>Number of cases shown</source>
        <translation>Número de casos mostrados</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="59"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="63"/>
        <source>Case list</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="116"/>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="133"/>
        <source>{n} cases</source>
        <translation>{n} casos</translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="329"/>
        <source>Next conference date</source>
        <translation>Fecha de la próxima conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="330"/>
        <source>Check the next date</source>
        <translation>Compruebe la próxima fecha</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="332"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="335"/>
        <source>A few sentences: what was agreed, what happens next.</source>
        <translation>Unas pocas frases: qué se ha acordado y qué pasará después.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="337"/>
        <source>Review and &amp;close…  (Ctrl+Shift+C)</source>
        <translation>Revisar y &amp;cerrar…  (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="340"/>
        <source>Ne&amp;xt conference:</source>
        <translation>Pró&amp;xima conferencia:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="344"/>
        <source>Su&amp;mmary:</source>
        <translation>Resu&amp;men:</translation>
    </message>
</context>
<context>
    <name>Conferences</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="583"/>
        <source>There is no conference with id {id}.</source>
        <translation>No hay ninguna conferencia con el id {id}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="584"/>
        <source>This conference is closed; it cannot be run again.</source>
        <translation>Esta conferencia está cerrada; no se puede volver a dirigir.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="585"/>
        <source>Write something first.</source>
        <translation>Escriba algo primero.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="586"/>
        <source>That attendee is no longer on the list.</source>
        <translation>Esa persona ya no figura en la lista.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="587"/>
        <source>That action no longer exists.</source>
        <translation>Esa acción ya no existe.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="588"/>
        <source>Say why it was not done: change of circumstances, or the agency did not act.</source>
        <translation>Indique por qué no se hizo: cambio de circunstancias, o el organismo no actuó.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="589"/>
        <source>Attendance is not recorded for: {names}.</source>
        <translation>No se ha registrado la asistencia de: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="590"/>
        <source>Some previous actions have not been reviewed yet.</source>
        <translation>Algunas acciones anteriores aún no se han revisado.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="591"/>
        <source>An action has no owner or no due date.</source>
        <translation>Una acción no tiene responsable o no tiene plazo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="592"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="593"/>
        <source>This conference is already closed.</source>
        <translation>Esta conferencia ya está cerrada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="594"/>
        <source>Confirm before closing: {gap}</source>
        <translation>Confirme antes de cerrar: {gap}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="40"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="41"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="42"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="43"/>
        <source>Responsibility</source>
        <translation>Responsabilidad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="44"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="45"/>
        <source>Family member</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="46"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="47"/>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="48"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="49"/>
        <source>Conference entry</source>
        <translation>Anotación de la conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="50"/>
        <source>Risk assessment</source>
        <translation>Evaluación de riesgo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="51"/>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="52"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/conflicts.py" line="53"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="595"/>
        <source>deleted or kept</source>
        <translation>borrado o conservado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="596"/>
        <source>deleted</source>
        <translation>borrado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="597"/>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="598"/>
        <source>changed, so kept</source>
        <translation>modificado, así que se conserva</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="599"/>
        <source>still used by other records here</source>
        <translation>aún lo usan otros registros de aquí</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="600"/>
        <source>this vault</source>
        <translation>esta bóveda</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="601"/>
        <source>Give at least {n} characters of the conflict id.</source>
        <translation>Indique al menos {n} caracteres del id del conflicto.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="602"/>
        <source>There is no open conflict {id}; see &apos;caseconf conflicts list&apos;.</source>
        <translation>No hay ningún conflicto abierto {id}; consulte &apos;caseconf conflicts list&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="603"/>
        <source>{id} fits more than one conflict; give more of the id.</source>
        <translation>{id} corresponde a más de un conflicto; indique más caracteres del id.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="604"/>
        <source>A deleted-or-kept conflict is settled with --keep local or remote.</source>
        <translation>Un conflicto de borrado o conservación se resuelve con --keep local o remote.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="605"/>
        <source>This field has {n} other values; give the value to keep as text.</source>
        <translation>Este campo tiene otros {n} valores; indique como texto el valor que se conserva.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="606"/>
        <source>The record is still used by other records in this vault; keep it, or change those first.</source>
        <translation>Otros registros de esta bóveda aún usan el registro; consérvelo o cambie primero esos registros.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="51"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="52"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="56"/>
        <source>Two devices changed the same thing without seeing each other&apos;s change. Each record shows this vault&apos;s value until you decide; the decision travels to the other devices with the next bundle.</source>
        <translation>Dos dispositivos cambiaron lo mismo sin ver el cambio del otro. Cada registro muestra el valor de esta bóveda hasta que usted decida; la decisión llega a los demás dispositivos con el próximo paquete.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="64"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="65"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="66"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="67"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="76"/>
        <source>This vault</source>
        <translation>Esta bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="68"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="85"/>
        <source>Other device</source>
        <translation>Otro dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="69"/>
        <source>Changed there by</source>
        <translation>Cambiado allí por</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="73"/>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="79"/>
        <source>This vault&apos;s value</source>
        <translation>Valor de esta bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="81"/>
        <source>Who changed it here, and when</source>
        <translation>Quién lo cambió aquí, y cuándo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="88"/>
        <source>The other device&apos;s value</source>
        <translation>Valor del otro dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="90"/>
        <source>Who changed it there, and when</source>
        <translation>Quién lo cambió allí, y cuándo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="94"/>
        <source>Or keep this value</source>
        <translation>O conservar este valor</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="96"/>
        <source>Value to keep</source>
        <translation>Valor que se conserva</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="97"/>
        <source>Keep &amp;this text</source>
        <translation>Conservar es&amp;te texto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="107"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="184"/>
        <source>Keep this &amp;vault&apos;s</source>
        <translation>Conservar el de esta &amp;bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="109"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="185"/>
        <source>Keep the &amp;other device&apos;s</source>
        <translation>Conservar el del &amp;otro dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="117"/>
        <source>Conflicts status</source>
        <translation>Estado de los conflictos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="138"/>
        <source>Loading conflicts</source>
        <translation>Cargando los conflictos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="146"/>
        <source>{n} conflicts to settle.</source>
        <translation>{n} conflictos por resolver.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="148"/>
        <source>No conflicts: every device&apos;s changes fitted together.</source>
        <translation>No hay conflictos: los cambios de todos los dispositivos encajaron.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="175"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="178"/>
        <source>&amp;Delete the record</source>
        <translation>Borrar el re&amp;gistro</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="175"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="178"/>
        <source>Keep the &amp;record</source>
        <translation>Conservar el &amp;registro</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="200"/>
        <source>Delete this record, and what belongs to it, on every device that receives your next bundle?</source>
        <translation>¿Desea borrar este registro, y lo que le pertenece, en cada dispositivo que reciba su próximo paquete?</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/conflicts.py" line="212"/>
        <source>Settling the conflict</source>
        <translation>Resolviendo el conflicto</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="372"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="373"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="380"/>
        <source>&amp;Overdue actions</source>
        <translation>Acciones &amp;vencidas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="381"/>
        <source>Conferences &amp;due (30 days)</source>
        <translation>Conferencias &amp;previstas (30 días)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="382"/>
        <source>&amp;No conference for 12 months</source>
        <translation>&amp;Sin conferencia en 12 meses</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="383"/>
        <source>&amp;Retention reviews due</source>
        <translation>&amp;Revisiones de conservación pendientes</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="384"/>
        <source>Merge &amp;conflicts</source>
        <translation>Resolver &amp;conflictos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="394"/>
        <source>List shown</source>
        <translation>Lista mostrada</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="396"/>
        <source>Dashboard list</source>
        <translation>Lista del panel</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="416"/>
        <source>Loading the dashboard</source>
        <translation>Cargando el panel</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="446"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="450"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="460"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="471"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="479"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="451"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="492"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="452"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="453"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="492"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="459"/>
        <source>Next conference due</source>
        <translation>Próxima conferencia prevista</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="461"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="472"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="492"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="462"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="469"/>
        <source>Last conference</source>
        <translation>Última conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="469"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="478"/>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="480"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="497"/>
        <source>(the first {n} shown)</source>
        <translation>(se muestran los {n} primeros)</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="107"/>
        <source>The number of demo cases must be at least 1.</source>
        <translation>El número de casos de demostración debe ser al menos 1.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="123"/>
        <source>Addressee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="125"/>
        <source>Only the chosen device can open the bundle; it checks that it came from you.</source>
        <translation>Solo el dispositivo elegido puede abrir el paquete; comprueba que procede de usted.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="127"/>
        <source>A trusted &amp;device:</source>
        <translation>Un &amp;dispositivo de confianza:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="130"/>
        <source>Device to address the bundle to</source>
        <translation>Dispositivo al que se dirige el paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="132"/>
        <source>Only what &amp;changed since the last bundle to this device</source>
        <translation>Solo lo que ha &amp;cambiado desde el último paquete a este dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="134"/>
        <source>A &amp;passphrase (emergencies only):</source>
        <translation>Una &amp;frase de contraseña (solo en emergencias):</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="137"/>
        <source>Bundle passphrase</source>
        <translation>Frase de contraseña del paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="140"/>
        <source>Repeat the bundle passphrase</source>
        <translation>Repita la frase de contraseña del paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="143"/>
        <source>Addressee hint</source>
        <translation>Indicación del destinatario</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="153"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="154"/>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="162"/>
        <source>Loading devices</source>
        <translation>Cargando los dispositivos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="170"/>
        <source>No device is trusted yet: trust one under Hand-over → Devices first.</source>
        <translation>Aún no se confía en ningún dispositivo: confíe primero en uno en Entrega → Dispositivos.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="607"/>
        <source>That is not a CaseConf device line: it must start with &apos;caseconf-device:&apos;.</source>
        <translation>Esa no es una línea de dispositivo de CaseConf: debe empezar por &apos;caseconf-device:&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="608"/>
        <source>That device line has version {found}; this CaseConf reads version {known}.</source>
        <translation>Esa línea de dispositivo tiene la versión {found}; este CaseConf lee la versión {known}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="609"/>
        <source>The device line is incomplete: it needs the device id, two keys and a name; copy the whole line.</source>
        <translation>La línea de dispositivo está incompleta: necesita el id del dispositivo, dos claves y un nombre; copie la línea entera.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="610"/>
        <source>The device line is damaged: its device id is not a UUID.</source>
        <translation>La línea de dispositivo está dañada: su id de dispositivo no es un UUID.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="611"/>
        <location filename="../../build/translations/helper_strings.py" line="612"/>
        <source>The device line is damaged: its encryption key is not an age recipient.</source>
        <translation>La línea de dispositivo está dañada: su clave de cifrado no es un destinatario age.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="613"/>
        <source>The device line is damaged: its signing key is not valid base64.</source>
        <translation>La línea de dispositivo está dañada: su clave de firma no es base64 válido.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="614"/>
        <source>The device line is damaged: its signing key is not an Ed25519 public key.</source>
        <translation>La línea de dispositivo está dañada: su clave de firma no es una clave pública Ed25519.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="615"/>
        <source>The device name must not be empty.</source>
        <translation>El nombre del dispositivo no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="616"/>
        <source>No trusted device is called {name}; see &apos;caseconf device list&apos;.</source>
        <translation>Ningún dispositivo de confianza se llama {name}; consulte &apos;caseconf device list&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="617"/>
        <source>unknown device</source>
        <translation>dispositivo desconocido</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="618"/>
        <source>{name} (this vault)</source>
        <translation>{name} (esta bóveda)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="619"/>
        <source>device {short}</source>
        <translation>dispositivo {short}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="620"/>
        <source>Give the device a name (--name) to address it by.</source>
        <translation>Dé al dispositivo un nombre (--name) con el que dirigirse a él.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="621"/>
        <source>That line is this vault&apos;s own device.</source>
        <translation>Esa línea es el propio dispositivo de esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="622"/>
        <source>A device with the same id is already trusted as {name} with different keys; nothing was changed.</source>
        <translation>Ya se confía en un dispositivo con el mismo id como {name}, con claves distintas; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="623"/>
        <source>Another trusted device is already called {name}.</source>
        <translation>Otro dispositivo de confianza ya se llama {name}.</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="51"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="52"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="55"/>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="57"/>
        <source>This device&apos;s name</source>
        <translation>Nombre de este dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="60"/>
        <source>This device&apos;s line</source>
        <translation>Línea de este dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="61"/>
        <source>&amp;Copy line</source>
        <translation>&amp;Copiar la línea</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="63"/>
        <source>This device&apos;s fingerprint</source>
        <translation>Huella de este dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="65"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="69"/>
        <source>Line to hand over:</source>
        <translation>Línea que se entrega:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="70"/>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="73"/>
        <source>Give this line to the other device (file, e-mail or USB stick), then read the fingerprint to each other: trust only if it matches.</source>
        <translation>Entregue esta línea al otro dispositivo (archivo, correo electrónico o memoria USB) y después léanse mutuamente la huella: confíe solo si coincide.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="82"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="83"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="84"/>
        <source>Trusted since</source>
        <translation>De confianza desde</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="85"/>
        <source>Last bundle from it</source>
        <translation>Último paquete recibido de él</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="86"/>
        <source>Last bundle to it</source>
        <translation>Último paquete enviado a él</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="90"/>
        <source>Trusted devices</source>
        <translation>Dispositivos de confianza</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="92"/>
        <source>Trust another device</source>
        <translation>Confiar en otro dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="94"/>
        <source>The other device&apos;s line</source>
        <translation>Línea del otro dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="98"/>
        <source>Name for the other device</source>
        <translation>Nombre del otro dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="99"/>
        <source>e.g. Laptop Westmark prison</source>
        <translation>p. ej., Portátil prisión de Westmark</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="100"/>
        <source>The other device&apos;s fingerprint</source>
        <translation>Huella del otro dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="101"/>
        <source>&amp;Trust this device</source>
        <translation>Con&amp;fiar en este dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="105"/>
        <source>&amp;Line:</source>
        <translation>&amp;Línea:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="108"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="111"/>
        <source>Its fingerprint:</source>
        <translation>Su huella:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="116"/>
        <source>Devices status</source>
        <translation>Estado de los dispositivos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="121"/>
        <source>Trusted devices:</source>
        <translation>Dispositivos de confianza:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="135"/>
        <source>Loading devices</source>
        <translation>Cargando los dispositivos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="153"/>
        <source>The line is on the clipboard.</source>
        <translation>La línea está en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="175"/>
        <source>Compare the fingerprint with the other device before trusting it.</source>
        <translation>Compare la huella con el otro dispositivo antes de confiar en él.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="186"/>
        <source>Trusting the device</source>
        <translation>Confiando en el dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="193"/>
        <source>Now trusting {name}.</source>
        <translation>Ahora se confía en {name}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/devices.py" line="193"/>
        <source>{name} was already trusted.</source>
        <translation>Ya se confiaba en {name}.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="235"/>
        <source>Agencies and people</source>
        <translation>Organismos y personas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="236"/>
        <source>Agencies &amp;&amp; people</source>
        <translation>Organismos &amp;&amp; personas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="241"/>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="243"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="255"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="244"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="245"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="248"/>
        <source>agency</source>
        <translation>organismo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="252"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="254"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="256"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="257"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="260"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="108"/>
        <source>Name the recipient of the minutes.</source>
        <translation>Indique el destinatario del acta.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="109"/>
        <source>{name} is the subject of the case and may receive only the participant version of the minutes.</source>
        <translation>{name} es la persona de referencia del caso y solo puede recibir la versión del acta para participantes.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="110"/>
        <source>{name} is a family member and may receive only the family version of the minutes.</source>
        <translation>{name} es familiar y solo puede recibir la versión del acta para la familia.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="111"/>
        <source>The full minutes (which may hold TLP:RED) go only to professionals who were present; {name} was not, so issue the partners or summary version instead.</source>
        <translation>El acta completa (que puede contener TLP:RED) solo se entrega a profesionales que estuvieron presentes; {name} no estuvo, así que emita en su lugar la versión para socios o la versión resumida.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="112"/>
        <source>The full minutes (which may hold TLP:RED) go only to professionals who were present; {name} is not one of them, so issue the partners or summary version instead.</source>
        <translation>El acta completa (que puede contener TLP:RED) solo se entrega a profesionales que estuvieron presentes; {name} no es uno de ellos, así que emita en su lugar la versión para socios o la versión resumida.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="113"/>
        <source>The full minutes (which may hold TLP:RED) go only to professionals who were present; {name} is not one of them, so issue the summary version instead.</source>
        <translation>El acta completa (que puede contener TLP:RED) solo se entrega a profesionales que estuvieron presentes; {name} no es uno de ellos, así que emita en su lugar la versión resumida.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="114"/>
        <source>{name} is not on the attendance list, so the partners version needs the agency they receive it for; without one, issue the summary version.</source>
        <translation>{name} no figura en la lista de asistencia, así que la versión para socios necesita el organismo por el que la recibe; si no lo hay, emita la versión resumida.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="115"/>
        <source>{name} may not receive the {version} version of these minutes.</source>
        <translation>{name} no puede recibir la versión {version} de esta acta.</translation>
    </message>
</context>
<context>
    <name>EntryComposer</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="63"/>
        <source>Entry kind</source>
        <translation>Tipo de anotación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="67"/>
        <source>TLP label</source>
        <translation>Etiqueta TLP</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="69"/>
        <source>Source agency</source>
        <translation>Organismo de origen</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="76"/>
        <source>S&amp;hareable with the subject</source>
        <translation>Com&amp;partible con la persona de referencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="77"/>
        <source>Shareable with the subject</source>
        <translation>Compartible con la persona de referencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="78"/>
        <source>with the fa&amp;mily</source>
        <translation>con la fa&amp;milia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="79"/>
        <source>Shareable with the family</source>
        <translation>Compartible con la familia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="81"/>
        <source>Entry text</source>
        <translation>Texto de la anotación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="84"/>
        <source>Type here. What you type is kept as a draft; Ctrl+Enter adds it to the minutes.</source>
        <translation>Escriba aquí. Lo que escriba se guarda como borrador; Ctrl+Intro lo añade al acta.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="89"/>
        <source>Rationale of the decision</source>
        <translation>Justificación de la decisión</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="90"/>
        <source>Why: the rationale of this decision</source>
        <translation>Por qué: la justificación de esta decisión</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="92"/>
        <source>Agency that disagrees</source>
        <translation>Organismo que discrepa</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="97"/>
        <source>Add entry  (Ctrl+Enter)</source>
        <translation>Añadir la anotación  (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="100"/>
        <source>Entry problem</source>
        <translation>Problema de la anotación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="103"/>
        <source>Save state</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="107"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="108"/>
        <source>La&amp;bel:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="109"/>
        <source>Agenc&amp;y:</source>
        <translation>Organ&amp;ismo:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="124"/>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/entries.py" line="131"/>
        <source>&amp;Disagreeing agency:</source>
        <translation>Organismo &amp;discrepante:</translation>
    </message>
</context>
<context>
    <name>EraseCaseDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="45"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="46"/>
        <source>Erase a case</source>
        <translation>Borrar un caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="50"/>
        <source>This erases case {ref} and everything recorded on it (goals, family, consents, risk history, needs, interventions, actions, conferences, their notes and the record of minutes issued) beyond recovery. Exported files and earlier backups are not touched. The audit log keeps a tombstone: the case id, who erased it, when, and the reason below.</source>
        <translation>Se borrará el caso {ref} y todo lo registrado en él (objetivos, familia, consentimientos, historial de riesgo, necesidades, intervenciones, acciones, conferencias, sus notas y el registro de las actas emitidas) sin posibilidad de recuperación. Los archivos exportados y las copias de seguridad anteriores no se tocan. El registro de auditoría conserva una marca de borrado: el id del caso, quién lo borró, cuándo y el motivo indicado abajo.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="61"/>
        <source>Reason for the erasure</source>
        <translation>Motivo del borrado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="63"/>
        <source>e.g. retention period ended; erasure request of 2026-03-01</source>
        <translation>p. ej., fin del plazo de conservación; solicitud de supresión del 2026-03-01</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="66"/>
        <source>The reason stays in the audit log: do not repeat details of the case.</source>
        <translation>El motivo queda en el registro de auditoría: no repita datos del caso.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="69"/>
        <source>Looking for backups that hold this case…</source>
        <translation>Buscando copias de seguridad que contengan este caso…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="71"/>
        <source>Backups that still hold the case</source>
        <translation>Copias de seguridad que aún contienen el caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="73"/>
        <source>Type the case reference to confirm</source>
        <translation>Escriba la referencia del caso para confirmar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="78"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="82"/>
        <source>Type {ref} to &amp;confirm:</source>
        <translation>Escriba {ref} para &amp;confirmar:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="87"/>
        <source>&amp;Erase</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="111"/>
        <source>Looking for backups</source>
        <translation>Buscando copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="116"/>
        <source>No backup this vault has made holds this case.</source>
        <translation>Ninguna copia de seguridad hecha por esta bóveda contiene este caso.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="119"/>
        <source>{when}: {size} MiB, SHA-256 {sha}</source>
        <translation>{when}: {size} MiB, SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="128"/>
        <source>These backups made by this vault still hold the case; erase it from them too (restore each with the current vault given, then back up again), or destroy them:</source>
        <translation>Estas copias de seguridad hechas por esta bóveda aún contienen el caso; bórrelo también de ellas (restaure cada una indicando la bóveda actual y vuelva a hacer la copia) o destrúyalas:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="160"/>
        <source>Erasing the case</source>
        <translation>Borrando el caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/erase.py" line="167"/>
        <source>Case {ref} was erased; the audit log keeps a tombstone.</source>
        <translation>Se ha borrado el caso {ref}; el registro de auditoría conserva una marca de borrado.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="216"/>
        <source>The passphrase is wrong for the vault at {path}; nothing was changed.</source>
        <translation>La frase de contraseña no es correcta para la bóveda de {path}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="217"/>
        <source>{path} is not a CaseConf vault.</source>
        <translation>{path} no es una bóveda de CaseConf.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="218"/>
        <source>There is no vault at {path}; create one with &apos;caseconf init&apos;.</source>
        <translation>No hay ninguna bóveda en {path}; cree una con &apos;caseconf init&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="219"/>
        <source>A file already exists at {path}; choose another location.</source>
        <translation>Ya existe un archivo en {path}; elija otra ubicación.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="220"/>
        <source>The vault at {path} was written by a newer CaseConf (schema {found}, this version knows up to {supported}); update CaseConf to open it.</source>
        <translation>La bóveda de {path} se escribió con una versión más reciente de CaseConf (esquema {found}; esta versión conoce hasta el {supported}); actualice CaseConf para abrirla.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="221"/>
        <source>The disk is full; the last change was not saved.</source>
        <translation>El disco está lleno; no se ha guardado el último cambio.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="222"/>
        <source>The vault at {path} is read-only; nothing can be saved.</source>
        <translation>La bóveda de {path} es de solo lectura; no se puede guardar nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="223"/>
        <source>The vault at {path} is in use by another program; try again.</source>
        <translation>Otro programa está usando la bóveda de {path}; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="224"/>
        <source>The vault at {path} is damaged; restore it from a backup.</source>
        <translation>La bóveda de {path} está dañada; restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="225"/>
        <source>The SQLite library in use has no encryption (SQLCipher); refusing to continue.</source>
        <translation>La biblioteca SQLite en uso no tiene cifrado (SQLCipher); no se continúa.</translation>
    </message>
</context>
<context>
    <name>ExportBundleWizard</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="249"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="250"/>
        <source>Export cases to a bundle</source>
        <translation>Exportar casos a un paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="267"/>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="277"/>
        <source>Writing the bundle</source>
        <translation>Escribiendo el paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="289"/>
        <source>whoever has the passphrase</source>
        <translation>quien tenga la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="291"/>
        <source>Wrote {path}: {cases} cases, {records} records, for {to}.</source>
        <translation>Se ha escrito {path}: {cases} casos, {records} registros, para {to}.</translation>
    </message>
</context>
<context>
    <name>ExportMinutesDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="66"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="67"/>
        <source>Export signed minutes</source>
        <translation>Exportar actas firmadas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="73"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="76"/>
        <source>Version for the selected recipient</source>
        <translation>Versión para el destinatario seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="83"/>
        <source>Language for the selected recipient</source>
        <translation>Idioma para el destinatario seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="86"/>
        <source>Another recipient</source>
        <translation>Otro destinatario</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="87"/>
        <source>Name (not on the list)</source>
        <translation>Nombre (no figura en la lista)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="89"/>
        <source>Their agency</source>
        <translation>Su organismo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="90"/>
        <source>Their agency (optional)</source>
        <translation>Su organismo (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="92"/>
        <source>Without an agency, someone not on the list receives the summary only.</source>
        <translation>Sin organismo, quien no figura en la lista solo recibe el resumen.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="96"/>
        <source>A&amp;dd recipient</source>
        <translation>&amp;Añadir destinatario</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="99"/>
        <source>Folder for the PDF files</source>
        <translation>Carpeta para los archivos PDF</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="100"/>
        <source>&amp;Sign the minutes (PAdES)</source>
        <translation>&amp;Firmar el acta (PAdES)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="104"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="107"/>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="110"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Destinatarios:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="113"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="116"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="123"/>
        <source>Other:</source>
        <translation>Otro:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="124"/>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="131"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="148"/>
        <source>Loading recipients</source>
        <translation>Cargando los destinatarios</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="251"/>
        <source>Tick at least one recipient.</source>
        <translation>Marque al menos un destinatario.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="255"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="283"/>
        <source>Exporting minutes</source>
        <translation>Exportando las actas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="290"/>
        <source>Written {done} of {total}: {name}</source>
        <translation>Escritos {done} de {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="299"/>
        <source>{n} PDF files written to {folder}; the disclosure log records who received which version.</source>
        <translation>Se han escrito {n} archivos PDF en {folder}; el registro de comunicaciones recoge quién recibió cada versión.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="204"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="207"/>
        <source>Bundle file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="205"/>
        <source>Write the bundle, e.g. onto the USB stick.</source>
        <translation>Escriba el paquete, p. ej., en la memoria USB.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="209"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="211"/>
        <source>&amp;Write the bundle</source>
        <translation>&amp;Escribir el paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="213"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="216"/>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="228"/>
        <source>Write the bundle to</source>
        <translation>Escribir el paquete en</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="61"/>
        <source>Cannot write to the folder {folder}.</source>
        <translation>No se puede escribir en la carpeta {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="37"/>
        <location filename="../../src/caseconf_desktop/services/files.py" line="79"/>
        <location filename="../../src/caseconf_desktop/services/subject_access.py" line="230"/>
        <source>Cannot write {path}.</source>
        <translation>No se puede escribir {path}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="30"/>
        <source>There is no folder {folder}.</source>
        <translation>No existe la carpeta {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="42"/>
        <source>{path} is a folder; name a file.</source>
        <translation>{path} es una carpeta; indique un archivo.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="44"/>
        <source>{path} is a link; name the file itself.</source>
        <translation>{path} es un enlace; indique el archivo mismo.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="46"/>
        <source>{path} is a device or a pipe, not a file; name a file.</source>
        <translation>{path} es un dispositivo o una tubería, no un archivo; indique un archivo.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="105"/>
        <source>a caseconf.v1 document</source>
        <translation>un documento caseconf.v1</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="106"/>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="107"/>
        <source>a certificate</source>
        <translation>un certificado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="108"/>
        <source>a PKCS#12 key file</source>
        <translation>un archivo de clave PKCS#12</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="109"/>
        <source>a passphrase file</source>
        <translation>un archivo de frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="110"/>
        <source>a bundle</source>
        <translation>un paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="116"/>
        <source>{path} is {size}, more than {kind} may be ({limit}); nothing was read.</source>
        <translation>{path} ocupa {size}, más de lo que puede ocupar {kind} ({limit}); no se ha leído nada.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="130"/>
        <source>{n} MiB</source>
        <translation>{n} MiB</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="132"/>
        <source>{n} KiB</source>
        <translation>{n} KiB</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/files.py" line="133"/>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="624"/>
        <source>Cannot read {path}: there is no file by that name.</source>
        <translation>No se puede leer {path}: no hay ningún archivo con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="625"/>
        <location filename="../../build/translations/helper_strings.py" line="628"/>
        <source>Cannot read {path}.</source>
        <translation>No se puede leer {path}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="626"/>
        <source>{path} is a folder, not {kind}.</source>
        <translation>{path} es una carpeta, no {kind}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="627"/>
        <source>{path} is not a regular file, so it cannot be {kind}.</source>
        <translation>{path} no es un archivo normal, así que no puede ser {kind}.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="757"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="758"/>
        <source>Subject&apos;s name (any script)</source>
        <translation>Nombre de la persona de referencia (cualquier escritura)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="759"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="760"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="761"/>
        <source>Legal status</source>
        <translation>Situación jurídica</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="762"/>
        <source>Establishment</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="763"/>
        <source>Sentence start</source>
        <translation>Inicio de la condena</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="764"/>
        <source>Release date</source>
        <translation>Fecha de excarcelación</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="765"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="766"/>
        <location filename="../../build/translations/helper_strings.py" line="775"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="767"/>
        <location filename="../../build/translations/helper_strings.py" line="771"/>
        <location filename="../../build/translations/helper_strings.py" line="800"/>
        <location filename="../../build/translations/helper_strings.py" line="805"/>
        <location filename="../../build/translations/helper_strings.py" line="814"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="768"/>
        <source>Review every (days)</source>
        <translation>Revisar cada (días)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="769"/>
        <source>Retention review</source>
        <translation>Revisión de conservación</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="770"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="772"/>
        <source>Agreed on</source>
        <translation>Acordado el</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="773"/>
        <location filename="../../build/translations/helper_strings.py" line="816"/>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="774"/>
        <location filename="../../build/translations/helper_strings.py" line="797"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="776"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="777"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="778"/>
        <location filename="../../build/translations/helper_strings.py" line="818"/>
        <location filename="../../build/translations/helper_strings.py" line="821"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="779"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="780"/>
        <source>Involvement</source>
        <translation>Implicación</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="781"/>
        <source>Support offered</source>
        <translation>Apoyo ofrecido</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="782"/>
        <source>Child (under 18)</source>
        <translation>Hijo/a (menor de 18)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="783"/>
        <source>Safeguarding</source>
        <translation>Protección</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="784"/>
        <source>Consent to</source>
        <translation>Consentimiento para</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="785"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="786"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="787"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="788"/>
        <source>Given by</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="789"/>
        <source>Overall level</source>
        <translation>Nivel global</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="790"/>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="791"/>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="792"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="793"/>
        <source>Known unknowns</source>
        <translation>Incógnitas conocidas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="794"/>
        <source>Significant change</source>
        <translation>Cambio significativo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="795"/>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="796"/>
        <source>TLP label</source>
        <translation>Etiqueta TLP</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="798"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="799"/>
        <location filename="../../build/translations/helper_strings.py" line="812"/>
        <source>Owner agency</source>
        <translation>Organismo responsable</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="801"/>
        <location filename="../../build/translations/helper_strings.py" line="809"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="802"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="803"/>
        <source>Provider agency</source>
        <translation>Organismo proveedor</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="804"/>
        <source>Provider (name)</source>
        <translation>Proveedor (nombre)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="806"/>
        <source>Engagement</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="807"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="808"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="810"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="811"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="813"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="815"/>
        <source>Reason not done</source>
        <translation>Motivo por el que no se hizo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="817"/>
        <source>Agreed with the subject</source>
        <translation>Acordado con la persona de referencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="819"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="820"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="822"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="823"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="824"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="825"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="826"/>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="827"/>
        <source>Agreed meaning</source>
        <translation>Significado acordado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="828"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="829"/>
        <location filename="../../build/translations/helper_strings.py" line="830"/>
        <location filename="../../build/translations/helper_strings.py" line="831"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="832"/>
        <source>(no date)</source>
        <translation>(sin fecha)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="833"/>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="280"/>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="281"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="285"/>
        <source>Glossary terms</source>
        <translation>Términos del glosario</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="287"/>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="288"/>
        <source>Agreed meaning</source>
        <translation>Significado acordado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="289"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="292"/>
        <source>term</source>
        <translation>término</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="834"/>
        <source>Show this list of shortcuts</source>
        <translation>Mostrar esta lista de atajos</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="835"/>
        <source>Dashboard, cases, actions, agencies &amp; people, glossary</source>
        <translation>Panel, casos, acciones, organismos y personas, glosario</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="836"/>
        <source>Find a case</source>
        <translation>Buscar un caso</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="837"/>
        <source>Lock the vault now</source>
        <translation>Bloquear la bóveda ahora</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="838"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="839"/>
        <source>Prepare a conference for the case shown</source>
        <translation>Preparar una conferencia del caso mostrado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="840"/>
        <source>Run the case&apos;s next conference</source>
        <translation>Dirigir la próxima conferencia del caso</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="841"/>
        <source>Export the minutes of the case&apos;s last closed conference</source>
        <translation>Exportar el acta de la última conferencia cerrada del caso</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="842"/>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="843"/>
        <source>Hand cases over in a bundle / take a bundle in</source>
        <translation>Entregar casos en un paquete / recibir un paquete</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="844"/>
        <source>Move to the next / previous field or list</source>
        <translation>Ir al campo o lista siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="845"/>
        <source>Move between rows; Enter opens the row</source>
        <translation>Moverse entre filas; Intro abre la fila</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="846"/>
        <source>Open, prepare a conference, export</source>
        <translation>Abrir, preparar una conferencia, exportar</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="847"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="848"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="849"/>
        <source>Everything is kept in one encrypted vault file on this computer. Type its passphrase to unlock it; after a few wrong tries CaseConf waits a little longer each time. The vault locks itself when you leave it idle (File &gt; Preferences sets how long), and Ctrl+L locks it at once.</source>
        <translation>Todo se guarda en un único archivo de bóveda cifrado en este ordenador. Escriba su frase de contraseña para desbloquearlo; tras algunos intentos fallidos, CaseConf espera un poco más cada vez. La bóveda se bloquea sola cuando la deja inactiva (Archivo &gt; Preferencias fija cuánto tiempo), y Ctrl+L la bloquea al momento.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="850"/>
        <source>Case file</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="851"/>
        <source>Each case holds the subject, the lead agency and who leads which domain, the goals, family, consents, risk history, needs, interventions and actions. Open a case from the case list (Enter, or the row&apos;s context menu).</source>
        <translation>Cada caso contiene la persona de referencia, el organismo principal y quién dirige cada ámbito, los objetivos, la familia, los consentimientos, el historial de riesgo, las necesidades, las intervenciones y las acciones. Abra un caso desde la lista de casos (Intro, o el menú contextual de la fila).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="852"/>
        <source>Prepare and run a conference</source>
        <translation>Preparar y dirigir una conferencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="853"/>
        <source>Prepare a conference from the case file: date, place, agenda template, chair, facilitator and minute-taker. The runner then walks the agenda section by section. Mark who is in the room: while the subject or family is present the screen shows only what they may see. What you type is saved within seconds as a draft; only entries you add reach the minutes.</source>
        <translation>Prepare una conferencia desde el expediente: fecha, lugar, plantilla de orden del día, presidencia, facilitador/a y secretaría de actas. La guía de la conferencia recorre después el orden del día punto por punto. Marque quién está en la sala: mientras la persona de referencia o la familia están presentes, la pantalla solo muestra lo que pueden ver. Lo que escribe se guarda en pocos segundos como borrador; solo las anotaciones que añade pasan al acta.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="854"/>
        <source>Close, sign and share</source>
        <translation>Cerrar, firmar y compartir</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="855"/>
        <source>Closing shows a summary of what was recorded and what is missing. Export the minutes as signed PDF files, one version for each audience; each recipient receives only the version the disclosure rules allow. Anyone can check a received PDF with File &gt; Verify minutes.</source>
        <translation>Al cerrar se muestra un resumen de lo registrado y de lo que falta. Exporte el acta como archivos PDF firmados, una versión para cada público; cada destinatario recibe solo la versión que permiten las reglas de comunicación. Cualquiera puede comprobar un PDF recibido con Archivo &gt; Verificar un acta.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="856"/>
        <source>Hand-over and safety</source>
        <translation>Entrega y seguridad</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="857"/>
        <source>Cases travel between computers as encrypted bundles (Hand-over menu); edits made on both sides become conflicts for a person to resolve, never silent overwrites. Back up regularly (File &gt; Back up now) and keep the backup&apos;s passphrase apart from the backup.</source>
        <translation>Los casos viajan entre ordenadores como paquetes cifrados (menú Entrega); los cambios hechos en ambos lados se convierten en conflictos que resuelve una persona, nunca en sobrescrituras silenciosas. Haga copias de seguridad con regularidad (Archivo &gt; Hacer copia de seguridad ahora) y guarde la frase de contraseña de la copia aparte de la copia.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="858"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="859"/>
        <source>Orange text under a field is a warning, for instance a date in the past: check it, and save anyway if it is right. Red text is a problem that must be fixed before saving.</source>
        <translation>El texto naranja bajo un campo es una advertencia, por ejemplo una fecha pasada: compruébela y guarde de todos modos si es correcta. El texto rojo es un problema que hay que corregir antes de guardar.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="629"/>
        <source>The file is not an X.509 certificate (PEM or DER).</source>
        <translation>El archivo no es un certificado X.509 (PEM o DER).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="630"/>
        <source>A signing identity needs the owner&apos;s name.</source>
        <translation>Una identidad de firma necesita el nombre del titular.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="631"/>
        <source>This vault has no owner profile, so it cannot create a signing identity.</source>
        <translation>Esta bóveda no tiene perfil de titular, así que no puede crear una identidad de firma.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="632"/>
        <source>The PKCS#12 file cannot be opened: the password is wrong or the file is damaged.</source>
        <translation>No se puede abrir el archivo PKCS#12: la contraseña no es correcta o el archivo está dañado.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="633"/>
        <source>The PKCS#12 file must hold both a private key and its certificate.</source>
        <translation>El archivo PKCS#12 debe contener una clave privada y su certificado.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="634"/>
        <source>The key in the PKCS#12 file is of a kind that cannot sign PDFs (use RSA or EC).</source>
        <translation>La clave del archivo PKCS#12 es de un tipo que no puede firmar PDF (use RSA o EC).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="635"/>
        <source>The private key in the PKCS#12 file does not belong to its certificate.</source>
        <translation>La clave privada del archivo PKCS#12 no corresponde a su certificado.</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="318"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="319"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="361"/>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="322"/>
        <source>Bundle file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="323"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="327"/>
        <source>Bundle passphrase</source>
        <translation>Frase de contraseña del paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="328"/>
        <source>only for a bundle protected by a passphrase</source>
        <translation>solo para un paquete protegido con frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="329"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="332"/>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="335"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="339"/>
        <source>Show &amp;conflicts</source>
        <translation>Mostrar los &amp;conflictos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="348"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="351"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="369"/>
        <source>Choose the bundle file first.</source>
        <translation>Elija primero el archivo del paquete.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="376"/>
        <source>Checking and merging the bundle…</source>
        <translation>Comprobando e integrando el paquete…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="384"/>
        <source>Importing the bundle</source>
        <translation>Importando el paquete</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="398"/>
        <source>Imported from {sender}: {created} records added, {updated} changed, {deleted} deleted, {conflicts} new conflicts.</source>
        <translation>Importado de {sender}: {created} registros añadidos, {updated} modificados, {deleted} borrados, {conflicts} conflictos nuevos.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="412"/>
        <source>Erased here on the sender&apos;s word: {refs}.</source>
        <translation>Borrados aquí a indicación del remitente: {refs}.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="433"/>
        <source>• {ref}, erased on {day}</source>
        <translation>• {ref}, borrado el {day}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/bundles.py" line="439"/>
        <source>The device that sent this bundle has erased these cases:
{cases}

Erase them from this vault too, beyond recovery, and import the bundle? The audit log keeps a tombstone of each. If you answer No, nothing is imported.</source>
        <translation>El dispositivo que envió este paquete ha borrado estos casos:
{cases}

¿Desea borrarlos también de esta bóveda, sin posibilidad de recuperación, e importar el paquete? El registro de auditoría conserva una marca de borrado de cada uno. Si responde No, no se importa nada.</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="342"/>
        <source>{value} is not a format this version reads (caseconf.v1)</source>
        <translation>{value} no es un formato que esta versión lea (caseconf.v1)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="345"/>
        <source>{value} is not an id (1 to 128 characters)</source>
        <translation>{value} no es un id (de 1 a 128 caracteres)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="346"/>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="347"/>
        <source>{value} is not a date and time (YYYY-MM-DDTHH:MM:SS+00:00)</source>
        <translation>{value} no es una fecha y hora (AAAA-MM-DDTHH:MM:SS+00:00)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="350"/>
        <source>needs a person_id or a name</source>
        <translation>necesita un person_id o un nombre</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="351"/>
        <source>{value} is not a TLP label</source>
        <translation>{value} no es una etiqueta TLP</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="352"/>
        <source>{value} is not an agency kind</source>
        <translation>{value} no es un tipo de organismo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="353"/>
        <source>{value} is not a case status</source>
        <translation>{value} no es un estado de caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="354"/>
        <source>{value} is not a conference status</source>
        <translation>{value} no es un estado de conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="355"/>
        <source>{value} is not an agenda section</source>
        <translation>{value} no es un punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="356"/>
        <source>{value} is not an entry kind</source>
        <translation>{value} no es un tipo de anotación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="357"/>
        <source>{value} is not an attendance status</source>
        <translation>{value} no es un estado de asistencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="358"/>
        <source>{value} is not an attendee role</source>
        <translation>{value} no es una función de asistente</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="359"/>
        <source>{value} is not a risk level</source>
        <translation>{value} no es un nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="360"/>
        <source>{value} is not a direction of risk change</source>
        <translation>{value} no es una dirección de cambio del riesgo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="363"/>
        <source>{value} is not a need domain</source>
        <translation>{value} no es un ámbito de necesidad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="364"/>
        <source>{value} is not a need level</source>
        <translation>{value} no es un nivel de necesidad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="365"/>
        <source>{value} is not a need status</source>
        <translation>{value} no es un estado de necesidad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="366"/>
        <source>{value} is not an intervention kind</source>
        <translation>{value} no es un tipo de intervención</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="367"/>
        <source>{value} is not an intervention status</source>
        <translation>{value} no es un estado de intervención</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="370"/>
        <source>{value} is not an engagement level</source>
        <translation>{value} no es un nivel de compromiso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="371"/>
        <source>{value} is not an action status</source>
        <translation>{value} no es un estado de acción</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="372"/>
        <source>{value} is not a reason for an action not done</source>
        <translation>{value} no es un motivo de acción no realizada</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="375"/>
        <source>{value} is not a consent kind</source>
        <translation>{value} no es un tipo de consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="376"/>
        <source>{value} is not a consent state</source>
        <translation>{value} no es un estado de consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="377"/>
        <source>{value} is not a goal status</source>
        <translation>{value} no es un estado de objetivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="378"/>
        <source>{value} is not a responsibility domain</source>
        <translation>{value} no es un ámbito de responsabilidad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="384"/>
        <source>{value} is not text</source>
        <translation>{value} no es texto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="385"/>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="386"/>
        <source>{value} is not true or false</source>
        <translation>{value} no es verdadero ni falso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="387"/>
        <source>{value} is not a list</source>
        <translation>{value} no es una lista</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="388"/>
        <source>{value} is not an object</source>
        <translation>{value} no es un objeto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="501"/>
        <source>{value} is wrong</source>
        <translation>{value} no es correcto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="559"/>
        <source>{value} is not an agency in this document or the vault</source>
        <translation>{value} no es un organismo de este documento ni de la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="562"/>
        <source>{value} is not a person in this document or the vault</source>
        <translation>{value} no es una persona de este documento ni de la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="565"/>
        <source>{value} is not a conference in this document or the vault</source>
        <translation>{value} no es una conferencia de este documento ni de la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="568"/>
        <source>{value} is not an action in this document or the vault</source>
        <translation>{value} no es una acción de este documento ni de la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="613"/>
        <source>contains a character that is not valid Unicode text</source>
        <translation>contiene un carácter que no es texto Unicode válido</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="628"/>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="705"/>
        <source>{value} is used twice in the document (also at {other})</source>
        <translation>{value} se usa dos veces en el documento (también en {other})</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="684"/>
        <source>{value} belongs to another case in the vault</source>
        <translation>{value} pertenece a otro caso de la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="686"/>
        <source>{value} belongs to another conference in the vault</source>
        <translation>{value} pertenece a otra conferencia de la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="720"/>
        <source>{value} already belongs to another case in the vault</source>
        <translation>{value} ya pertenece a otro caso de la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="737"/>
        <source>{value} is already the id of another record in the vault</source>
        <translation>{value} ya es el id de otro registro de la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="766"/>
        <source>{value} ({language}) is used twice in the document (also at {other})</source>
        <translation>{value} ({language}) se usa dos veces en el documento (también en {other})</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/services/interchange.py" line="782"/>
        <source>{value} ({language}) is already another term in the vault</source>
        <translation>{value} ({language}) ya es otro término de la bóveda</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="636"/>
        <source>{problem}; nothing was imported.</source>
        <translation>{problem}; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="637"/>
        <source>{problem} (and 1 more problem); nothing was imported.</source>
        <translation>{problem} (y 1 problema más); no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="638"/>
        <source>{problem} (and {count} more problems); nothing was imported.</source>
        <translation>{problem} (y {count} problemas más); no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="639"/>
        <source>{path} is not UTF-8 text, so it is not a caseconf.v1 file.</source>
        <translation>{path} no es texto UTF-8, así que no es un archivo caseconf.v1.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="640"/>
        <source>{path} is not valid JSON: {problem} at line {line}, column {column}.</source>
        <translation>{path} no es JSON válido: {problem} en la línea {line}, columna {column}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="641"/>
        <source>{path} is nested too deeply to be a caseconf.v1 document.</source>
        <translation>{path} tiene demasiados niveles de anidamiento para ser un documento caseconf.v1.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="642"/>
        <source>{path} is not a caseconf.v1 document: its top level is not a JSON object.</source>
        <translation>{path} no es un documento caseconf.v1: su nivel superior no es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="643"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="644"/>
        <source>is not a caseconf.v1 field here</source>
        <translation>no es un campo de caseconf.v1 aquí</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="645"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="646"/>
        <location filename="../../build/translations/helper_strings.py" line="652"/>
        <source>is longer than {limit} characters</source>
        <translation>tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="647"/>
        <source>{value} is less than {limit}</source>
        <translation>{value} es menor que {limit}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="648"/>
        <source>{value} is more than {limit}</source>
        <translation>{value} es mayor que {limit}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="649"/>
        <source>lists the same value twice</source>
        <translation>repite el mismo valor</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="650"/>
        <source>{value} is not allowed here ({rule})</source>
        <translation>{value} no está permitido aquí ({rule})</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="651"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="653"/>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="654"/>
        <source>is nested too deeply for a caseconf.v1 document</source>
        <translation>tiene demasiados niveles de anidamiento para un documento caseconf.v1</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="655"/>
        <source>has a field name that is not a caseconf.v1 field</source>
        <translation>tiene un nombre de campo que no es un campo de caseconf.v1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="396"/>
        <location filename="../../build/translations/helper_strings.py" line="447"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="397"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="398"/>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="399"/>
        <source>Carried forward</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="400"/>
        <location filename="../../build/translations/helper_strings.py" line="427"/>
        <location filename="../../build/translations/helper_strings.py" line="433"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="401"/>
        <source>Prison</source>
        <translation>Prisión</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="402"/>
        <source>Probation</source>
        <translation>Libertad vigilada</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="403"/>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="404"/>
        <source>Municipality</source>
        <translation>Ayuntamiento</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="405"/>
        <location filename="../../build/translations/helper_strings.py" line="490"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="406"/>
        <source>Social services</source>
        <translation>Servicios sociales</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="407"/>
        <source>Civil-society organisation</source>
        <translation>Organización de la sociedad civil</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="408"/>
        <source>Faith organisation</source>
        <translation>Organización religiosa</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="409"/>
        <location filename="../../build/translations/helper_strings.py" line="455"/>
        <source>Family support</source>
        <translation>Apoyo familiar</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="410"/>
        <location filename="../../build/translations/helper_strings.py" line="454"/>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="411"/>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="412"/>
        <location filename="../../build/translations/helper_strings.py" line="457"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="413"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="414"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="415"/>
        <source>Apologies</source>
        <translation>Excusa su asistencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="416"/>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="417"/>
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="418"/>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="419"/>
        <location filename="../../build/translations/helper_strings.py" line="499"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="420"/>
        <source>Minute-taker</source>
        <translation>Secretaría de actas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="421"/>
        <source>Subject</source>
        <translation>Persona de referencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="422"/>
        <location filename="../../build/translations/helper_strings.py" line="467"/>
        <location filename="../../build/translations/helper_strings.py" line="487"/>
        <location filename="../../build/translations/helper_strings.py" line="504"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="423"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="424"/>
        <source>Guest</source>
        <translation>Invitado/a</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="425"/>
        <location filename="../../build/translations/helper_strings.py" line="459"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="426"/>
        <location filename="../../build/translations/helper_strings.py" line="460"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="428"/>
        <source>No significant change</source>
        <translation>Sin cambios significativos</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="429"/>
        <source>Increased</source>
        <translation>Aumentado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="430"/>
        <source>Decreased</source>
        <translation>Disminuido</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="431"/>
        <location filename="../../build/translations/helper_strings.py" line="458"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="432"/>
        <location filename="../../build/translations/helper_strings.py" line="479"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="434"/>
        <source>Information sharing</source>
        <translation>Intercambio de información</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="435"/>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="436"/>
        <source>Family involvement</source>
        <translation>Implicación de la familia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="437"/>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="438"/>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="439"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="440"/>
        <location filename="../../build/translations/helper_strings.py" line="474"/>
        <location filename="../../build/translations/helper_strings.py" line="521"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="441"/>
        <location filename="../../build/translations/helper_strings.py" line="520"/>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="442"/>
        <location filename="../../build/translations/helper_strings.py" line="519"/>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="443"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="444"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="445"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="446"/>
        <source>Dissent</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="448"/>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="449"/>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="450"/>
        <source>Mentoring</source>
        <translation>Mentoría</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="451"/>
        <source>Psychological</source>
        <translation>Psicológica</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="452"/>
        <source>Theological dialogue</source>
        <translation>Diálogo teológico</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="453"/>
        <source>Vocational</source>
        <translation>Formación profesional</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="456"/>
        <source>Exit programme</source>
        <translation>Programa de salida</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="461"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="462"/>
        <source>Stopped</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="463"/>
        <location filename="../../build/translations/helper_strings.py" line="489"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="464"/>
        <location filename="../../build/translations/helper_strings.py" line="491"/>
        <source>Education and employment</source>
        <translation>Educación y empleo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="465"/>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="466"/>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="468"/>
        <source>Social network</source>
        <translation>Red social</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="469"/>
        <source>Identity and meaning</source>
        <translation>Identidad y sentido</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="470"/>
        <source>Ideology</source>
        <translation>Ideología</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="471"/>
        <source>Finances</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="472"/>
        <source>Legal</source>
        <translation>Situación legal</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="473"/>
        <source>Faith support</source>
        <translation>Apoyo espiritual</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="475"/>
        <location filename="../../build/translations/helper_strings.py" line="494"/>
        <location filename="../../build/translations/helper_strings.py" line="514"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="476"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="477"/>
        <location filename="../../build/translations/helper_strings.py" line="496"/>
        <location filename="../../build/translations/helper_strings.py" line="516"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="478"/>
        <source>Identified</source>
        <translation>Identificada</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="480"/>
        <source>Met</source>
        <translation>Cubierta</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="481"/>
        <source>Not met</source>
        <translation>No cubierta</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="482"/>
        <source>Change of circumstances</source>
        <translation>Cambio de circunstancias</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="483"/>
        <source>The agency did not act</source>
        <translation>El organismo no actuó</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="484"/>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="485"/>
        <location filename="../../build/translations/helper_strings.py" line="502"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="486"/>
        <location filename="../../build/translations/helper_strings.py" line="503"/>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="488"/>
        <location filename="../../build/translations/helper_strings.py" line="505"/>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="492"/>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="493"/>
        <source>Faith</source>
        <translation>Religión</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="495"/>
        <location filename="../../build/translations/helper_strings.py" line="515"/>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="497"/>
        <source>Very high</source>
        <translation>Muy alto</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="498"/>
        <source>Coordinator</source>
        <translation>Coordinador/a</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="500"/>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="501"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="506"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="507"/>
        <source>Aob</source>
        <translation>Ruegos y preguntas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="508"/>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="509"/>
        <source>Engagement</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="510"/>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="511"/>
        <source>Capability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="512"/>
        <source>Protective factors</source>
        <translation>Factores de protección</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="513"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="517"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="518"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="143"/>
        <source>Working</source>
        <extracomment>Below this width the sidebar shows its icons only (names in tooltips).</extracomment>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="227"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="231"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="232"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="233"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="234"/>
        <source>Agencies &amp; people</source>
        <translation>Organismos y personas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="235"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="330"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="332"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="629"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="337"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="630"/>
        <source>&amp;Verify minutes…</source>
        <translation>&amp;Verificar un acta…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="343"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="633"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="344"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="356"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="634"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="345"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="635"/>
        <source>Change pass&amp;phrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="346"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="636"/>
        <source>A&amp;udit log…</source>
        <translation>Registro de a&amp;uditoría…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="347"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="637"/>
        <source>Re&amp;tention reviews due…</source>
        <translation>Revisiones de &amp;conservación pendientes…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="366"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="640"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="372"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="641"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="376"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="379"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="642"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="380"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="643"/>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="381"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="644"/>
        <source>&amp;Actions</source>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="382"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="645"/>
        <source>A&amp;gencies &amp;&amp; people</source>
        <translation>Or&amp;ganismos &amp;&amp; personas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="383"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="646"/>
        <source>G&amp;lossary</source>
        <translation>G&amp;losario</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="390"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="647"/>
        <source>&amp;Find a case</source>
        <translation>&amp;Buscar un caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="410"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="412"/>
        <source>Open a new case file: subject, lead agency, programme</source>
        <translation>Abrir un expediente nuevo: persona de referencia, organismo principal, programa</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="416"/>
        <source>Prepare a &amp;conference…</source>
        <translation>Pr&amp;eparar una conferencia…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="418"/>
        <source>Date, place, chair, facilitator and minute-taker of the case shown</source>
        <translation>Fecha, lugar, presidencia, facilitación y redacción del acta del caso mostrado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="422"/>
        <source>Run the ne&amp;xt conference</source>
        <translation>&amp;Dirigir la siguiente conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="424"/>
        <source>Open the case&apos;s next conference in the agenda runner</source>
        <translation>Abrir la próxima conferencia del caso en el guion del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="428"/>
        <source>Export &amp;minutes…</source>
        <translation>Exportar el &amp;acta…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="430"/>
        <source>Signed PDF minutes of the case&apos;s last closed conference</source>
        <translation>Acta en PDF firmada de la última conferencia cerrada del caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="480"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="482"/>
        <source>Main actions</source>
        <translation>Acciones principales</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="452"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="454"/>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="455"/>
        <source>Run</source>
        <translation>Dirigir</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="456"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="458"/>
        <source>Back up</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="459"/>
        <source>Hand over</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="460"/>
        <source>Take in</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="462"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="463"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="495"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="591"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="592"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="654"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="597"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="655"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="599"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="656"/>
        <source>&amp;About CaseConf</source>
        <translation>A&amp;cerca de CaseConf</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="629"/>
        <source>Lock the vault now; unlock with the passphrase</source>
        <translation>Bloquear la bóveda ahora; se desbloquea con la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="631"/>
        <source>Check a received minutes PDF: intact or altered, who signed it</source>
        <translation>Comprobar un acta recibida en PDF: si está intacta o alterada, y quién la firmó</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="633"/>
        <source>Write an encrypted backup of the whole vault</source>
        <translation>Escribir una copia de seguridad cifrada de toda la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="634"/>
        <source>Restore a backup into a new vault file</source>
        <translation>Restaurar una copia de seguridad en un archivo de bóveda nuevo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="635"/>
        <source>Change the vault&apos;s passphrase</source>
        <translation>Cambiar la frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="636"/>
        <source>Who opened, changed or exported what, and when</source>
        <translation>Quién abrió, cambió o exportó qué, y cuándo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="638"/>
        <source>Cases whose retention review date has come</source>
        <translation>Casos cuya fecha de revisión de conservación ha llegado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="640"/>
        <source>Auto-lock time, backup reminder and more</source>
        <translation>Tiempo de bloqueo automático, recordatorio de copia de seguridad y más</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="641"/>
        <source>Save everything and close CaseConf</source>
        <translation>Guardar todo y cerrar CaseConf</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="642"/>
        <source>Overdue actions, conferences due, conflicts</source>
        <translation>Acciones vencidas, conferencias previstas, conflictos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="643"/>
        <source>All cases, with search</source>
        <translation>Todos los casos, con búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="644"/>
        <source>Every open action across cases, overdue first</source>
        <translation>Todas las acciones abiertas de todos los casos, primero las vencidas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="645"/>
        <source>The agencies and people in this vault</source>
        <translation>Los organismos y las personas de esta bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="646"/>
        <source>The agreed meaning of terms</source>
        <translation>El significado acordado de los términos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="647"/>
        <source>Search cases by reference, name or notes</source>
        <translation>Buscar casos por referencia, nombre o notas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="649"/>
        <source>Hand chosen cases to another computer in an encrypted file</source>
        <translation>Entregar los casos elegidos a otro ordenador en un archivo cifrado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="651"/>
        <source>Take in the changes of a received bundle</source>
        <translation>Incorporar los cambios de un paquete recibido</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="652"/>
        <source>Edits made on both sides, waiting for a decision</source>
        <translation>Cambios hechos en ambos lados, pendientes de decisión</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="653"/>
        <source>Computers this vault exchanges bundles with</source>
        <translation>Ordenadores con los que esta bóveda intercambia paquetes</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="654"/>
        <source>Every keyboard shortcut (F1)</source>
        <translation>Todos los atajos de teclado (F1)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="655"/>
        <source>A short guide to the whole workflow</source>
        <translation>Una guía breve de todo el proceso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="656"/>
        <source>Version, licences, and where your data is kept</source>
        <translation>Versión, licencias y dónde se guardan sus datos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="692"/>
        <source>Case actions</source>
        <translation>Acciones del caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="695"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="695"/>
        <source>Open the case file</source>
        <translation>Abrir el expediente</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="697"/>
        <source>&amp;Prepare a conference…</source>
        <translation>&amp;Preparar una conferencia…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="698"/>
        <source>Date, place, chair, facilitator and minute-taker</source>
        <translation>Fecha, lugar, presidencia, facilitador/a y secretaría de actas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="702"/>
        <source>&amp;Export to a bundle…</source>
        <translation>&amp;Exportar a un paquete…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="703"/>
        <source>Hand this case to another computer in an encrypted file</source>
        <translation>Entregar este caso a otro ordenador en un archivo cifrado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="716"/>
        <source>&amp;Hand-over</source>
        <translation>&amp;Entrega</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="648"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="720"/>
        <source>&amp;Export cases to a bundle…</source>
        <translation>&amp;Exportar casos a un paquete…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="651"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="721"/>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Importar un paquete…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="652"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="722"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="653"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="723"/>
        <source>&amp;Devices…</source>
        <translation>&amp;Dispositivos…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="858"/>
        <source>An interrupted conference was reopened where it stopped.</source>
        <translation>Se ha reabierto una conferencia interrumpida en el punto donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="451"/>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="968"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/main_window.py" line="994"/>
        <source>The conference is prepared. Start running it now?</source>
        <translation>La conferencia está preparada. ¿Desea empezar a dirigirla ahora?</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="116"/>
        <source>What we talked about and agreed</source>
        <translation>De qué hablamos y qué acordamos</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="117"/>
        <source>About this paper</source>
        <translation>Sobre este papel</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="118"/>
        <source>Who was there</source>
        <translation>Quién estuvo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="119"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="120"/>
        <source>What we said we would do last time</source>
        <translation>Lo que dijimos la última vez que haríamos</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="121"/>
        <source>Keeping everyone safe</source>
        <translation>Para que todos estén seguros</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="122"/>
        <source>What help you need</source>
        <translation>Qué ayuda necesita</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="123"/>
        <source>Your family</source>
        <translation>Su familia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="124"/>
        <source>Support and programmes</source>
        <translation>Apoyos y programas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="125"/>
        <source>What we agreed to do next</source>
        <translation>Lo que acordamos hacer ahora</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="126"/>
        <source>Anything else</source>
        <translation>Otros temas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="127"/>
        <source>To finish</source>
        <translation>Para terminar</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="128"/>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="129"/>
        <source>Who gets this paper</source>
        <translation>Quién recibe este papel</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="130"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="131"/>
        <source>Multi-agency case conference: minutes</source>
        <translation>Conferencia de caso entre organismos: acta</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="132"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="133"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="134"/>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="135"/>
        <source>Review of previous actions</source>
        <translation>Revisión de las acciones anteriores</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="136"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="137"/>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="138"/>
        <location filename="../../build/translations/helper_strings.py" line="751"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="139"/>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="140"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="141"/>
        <source>Any other business</source>
        <translation>Ruegos y preguntas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="142"/>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="143"/>
        <source>Next conference</source>
        <translation>Próxima conferencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="144"/>
        <source>Distribution list</source>
        <translation>Lista de distribución</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="145"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="146"/>
        <source>These minutes record a multi-agency case conference. This full version is issued only to the professionals who were present. It is confidential: each contribution stays under the control of the agency that gave it, and nothing in it may be passed on beyond what its label allows without that agency&apos;s agreement.</source>
        <translation>Esta acta recoge una conferencia de caso entre varios organismos. Esta versión completa solo se entrega a los profesionales que estuvieron presentes. Es confidencial: cada aportación sigue bajo el control del organismo que la hizo, y nada de su contenido puede comunicarse más allá de lo que permite su etiqueta sin el acuerdo de ese organismo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="147"/>
        <source>These minutes record a multi-agency case conference. This partner version is issued to agencies that need to know; it leaves out everything labelled above TLP:AMBER. It is confidential and may not be passed on beyond what its label allows.</source>
        <translation>Esta acta recoge una conferencia de caso entre varios organismos. Esta versión para socios se entrega a los organismos que necesitan conocerla; omite todo lo etiquetado por encima de TLP:AMBER. Es confidencial y no puede comunicarse más allá de lo que permite su etiqueta.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="148"/>
        <source>This executive summary lists the decisions, disagreements and actions of a multi-agency case conference that may be shared up to TLP:GREEN. The full minutes are held by the agencies that were present.</source>
        <translation>Este resumen ejecutivo recoge las decisiones, discrepancias y acciones de una conferencia de caso entre varios organismos que pueden compartirse hasta TLP:GREEN. El acta completa la conservan los organismos que estuvieron presentes.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="149"/>
        <source>This is your copy, as a member of the family, of what was talked about at the meeting. It only has what the professionals agreed to share with the family. Please keep it safe.</source>
        <translation>Esta es su copia, como familiar, de lo que se habló en la reunión. Solo tiene lo que los profesionales acordaron compartir con la familia. Guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="150"/>
        <source>This is your copy of what was talked about and agreed at the meeting. It only has what the professionals agreed to share with you. Please keep it safe.</source>
        <translation>Esta es su copia de lo que se habló y se acordó en la reunión. Solo tiene lo que los profesionales acordaron compartir con usted. Guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="151"/>
        <source>TLP:CLEAR: disclosure is not limited.</source>
        <translation>TLP:CLEAR: la difusión no está limitada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="152"/>
        <source>TLP:GREEN: limited disclosure; you may share it within the partnership and your community, but not publicly.</source>
        <translation>TLP:GREEN: difusión limitada; puede compartirla dentro de la red de colaboración y de su comunidad, pero no públicamente.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="153"/>
        <source>TLP:AMBER: limited disclosure; you may share it only within your organisation and with its clients, on a need-to-know basis.</source>
        <translation>TLP:AMBER: difusión limitada; solo puede compartirla dentro de su organización y con sus clientes, cuando necesiten conocerla.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="154"/>
        <source>TLP:AMBER+STRICT: limited disclosure; you may share it only within your organisation, on a need-to-know basis.</source>
        <translation>TLP:AMBER+STRICT: difusión limitada; solo puede compartirla dentro de su organización, cuando se necesite conocerla.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="155"/>
        <source>TLP:RED: for the named recipient only; do not share it with anyone, inside or outside your organisation.</source>
        <translation>TLP:RED: solo para el destinatario nombrado; no la comparta con nadie, ni dentro ni fuera de su organización.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="156"/>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="157"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="158"/>
        <source>Minute-taker</source>
        <translation>Secretaría de actas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="159"/>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="160"/>
        <source>a professional</source>
        <translation>un/a profesional</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="161"/>
        <source>A decision has no rationale: “{text}”.</source>
        <translation>Una decisión no tiene justificación: «{text}».</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="162"/>
        <source>A disagreement does not say which agency disagrees: “{text}”.</source>
        <translation>Una discrepancia no indica qué organismo discrepa: «{text}».</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="163"/>
        <source>The chair is also the minute-taker.</source>
        <translation>La presidencia es también la secretaría de actas.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="164"/>
        <source>The risk has not been assessed in this conference.</source>
        <translation>El riesgo no se ha evaluado en esta conferencia.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="165"/>
        <source>No date has been set for the next conference.</source>
        <translation>No se ha fijado la fecha de la próxima conferencia.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="656"/>
        <source>There is no conference with id {id}.</source>
        <translation>No hay ninguna conferencia con el id {id}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="657"/>
        <source>The conference {id} is not closed yet; close it before exporting minutes.</source>
        <translation>La conferencia {id} aún no está cerrada; ciérrela antes de exportar el acta.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="658"/>
        <source>A recipient&apos;s name or agency is at most {max} characters; {n} were given.</source>
        <translation>El nombre o la agencia de un destinatario tiene como máximo {max} caracteres; se han dado {n}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="659"/>
        <source>Minutes of a multi-agency case conference</source>
        <translation>Acta de una conferencia de caso entre varios organismos</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="660"/>
        <source>{path} cannot be countersigned: {problem}</source>
        <translation>{path} no se puede refrendar: {problem}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="661"/>
        <source>Only the chair of this conference may countersign these minutes, and {name} is not its chair.</source>
        <translation>Solo la presidencia de esta conferencia puede refrendar esta acta, y {name} no la preside.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="662"/>
        <source>Countersigned by the chair</source>
        <translation>Refrendada por la presidencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="747"/>
        <source>Full</source>
        <translation>Completa</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="748"/>
        <source>Partners</source>
        <translation>Para socios</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="749"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="750"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="752"/>
        <source>Full (professionals who were present)</source>
        <translation>Completa (profesionales que estuvieron presentes)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="753"/>
        <source>Partners (up to TLP:AMBER)</source>
        <translation>Para socios (hasta TLP:AMBER)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="754"/>
        <source>Summary (decisions, dissent and actions, up to TLP:GREEN)</source>
        <translation>Resumen (decisiones, discrepancias y acciones, hasta TLP:GREEN)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="755"/>
        <source>Participant (plain language, shared with the subject only)</source>
        <translation>Participante (lenguaje sencillo, compartida solo con la persona de referencia)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="756"/>
        <source>Family (plain language, shared with the family only)</source>
        <translation>Familia (lenguaje sencillo, compartida solo con la familia)</translation>
    </message>
</context>
<context>
    <name>MinutesPdf</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="226"/>
        <source>Full minutes</source>
        <translation>Acta completa</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="227"/>
        <source>Partner version</source>
        <translation>Versión para socios</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="228"/>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="229"/>
        <source>Participant version</source>
        <translation>Versión para participantes</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="230"/>
        <source>Family version</source>
        <translation>Versión para la familia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="231"/>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="232"/>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="233"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="234"/>
        <source>Issued to {name}</source>
        <translation>Entregada a {name}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="235"/>
        <source>Nothing recorded at this meeting was left out of this version.</source>
        <translation>Esta versión incluye todo lo que se registró en la reunión.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="236"/>
        <source>Some things said at the meeting are not in your copy: {n} in all. They are kept by the professionals.</source>
        <translation>Algunas cosas que se dijeron en la reunión no están en su copia: {n} en total. Las guardan los profesionales.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="237"/>
        <source>One item recorded at this conference is withheld from this version because of its label (above {label}) or who may see it.</source>
        <translation>Un elemento registrado en esta conferencia no figura en esta versión por su etiqueta (superior a {label}) o por quién puede verlo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="238"/>
        <source>{n} items recorded at this conference are withheld from this version because of their label (above {label}) or who may see them.</source>
        <translation>{n} elementos registrados en esta conferencia no figuran en esta versión por su etiqueta (superior a {label}) o por quién puede verlos.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="239"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="240"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="241"/>
        <source>Subject</source>
        <translation>Persona de referencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="242"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="243"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="244"/>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="245"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="246"/>
        <source>Minute-taker</source>
        <translation>Secretaría de actas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="247"/>
        <location filename="../../build/translations/helper_strings.py" line="315"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="248"/>
        <source>Issued to</source>
        <translation>Entregada a</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="249"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="250"/>
        <source>No attendance was recorded.</source>
        <translation>No se registró la asistencia.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="251"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="252"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="253"/>
        <location filename="../../build/translations/helper_strings.py" line="296"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="254"/>
        <location filename="../../build/translations/helper_strings.py" line="262"/>
        <location filename="../../build/translations/helper_strings.py" line="267"/>
        <location filename="../../build/translations/helper_strings.py" line="314"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="255"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="256"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="257"/>
        <source>Sent info</source>
        <translation>Información enviada</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="258"/>
        <source>{name} was in the room for: {sections}.</source>
        <translation>{name} estuvo en la sala durante: {sections}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="259"/>
        <source>{name} was not in the room for any part of the meeting.</source>
        <translation>{name} no estuvo en la sala en ningún momento de la reunión.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="260"/>
        <location filename="../../build/translations/helper_strings.py" line="265"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="261"/>
        <location filename="../../build/translations/helper_strings.py" line="266"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="263"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="264"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="268"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="269"/>
        <source>We agreed:</source>
        <translation>Acordamos:</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="270"/>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="271"/>
        <location filename="../../build/translations/helper_strings.py" line="275"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="272"/>
        <location filename="../../build/translations/helper_strings.py" line="285"/>
        <source>Rationale:</source>
        <translation>Justificación:</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="273"/>
        <source>{agency} disagreed:</source>
        <translation>{agency} discrepó:</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="274"/>
        <source>Disagreement (agency not recorded):</source>
        <translation>Discrepancia (organismo no registrado):</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="276"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="277"/>
        <source>Source: {agency}</source>
        <translation>Fuente: {agency}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="278"/>
        <source>Source: not attributed</source>
        <translation>Fuente: sin atribuir</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="279"/>
        <source>{level} (previously {previous}); change since the last conference: {change}.</source>
        <translation>{level} (antes {previous}); cambio desde la última conferencia: {change}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="280"/>
        <source>{level}; change since the last conference: {change}.</source>
        <translation>{level}; cambio desde la última conferencia: {change}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="281"/>
        <location filename="../../build/translations/helper_strings.py" line="290"/>
        <source>Overall risk:</source>
        <translation>Riesgo global:</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="282"/>
        <source>The reasoning behind this level carries a more restricted label than this version and is left out.</source>
        <translation>El razonamiento de este nivel lleva una etiqueta más restringida que esta versión y se omite.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="283"/>
        <source>What changed:</source>
        <translation>Qué ha cambiado:</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="284"/>
        <source>Framework:</source>
        <translation>Marco:</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="286"/>
        <source>Known unknowns:</source>
        <translation>Incógnitas conocidas:</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="287"/>
        <source>Assessed on {date}</source>
        <translation>Evaluado el {date}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="288"/>
        <source>Assessed on {date} · {label}</source>
        <translation>Evaluado el {date} · {label}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="289"/>
        <source>Risk over time</source>
        <translation>Evolución del riesgo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="291"/>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="292"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="293"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="294"/>
        <location filename="../../build/translations/helper_strings.py" line="304"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="295"/>
        <location filename="../../build/translations/helper_strings.py" line="307"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="297"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="298"/>
        <source>Involvement</source>
        <translation>Implicación</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="299"/>
        <source>Support offered</source>
        <translation>Apoyo ofrecido</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="300"/>
        <source>Safeguarding</source>
        <translation>Protección</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="301"/>
        <source>minor</source>
        <translation>menor</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="302"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="303"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="305"/>
        <source>Engagement</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="306"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="308"/>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="309"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="310"/>
        <source>No decisions were recorded.</source>
        <translation>No se registró ninguna decisión.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="311"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="312"/>
        <source>this copy</source>
        <translation>esta copia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="313"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="316"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="317"/>
        <source>This document carries a digital signature (PAdES) by {signer}. Check it with &apos;caseconf minutes verify&apos; or in CaseConf: any change after signing shows.</source>
        <translation>Este documento lleva una firma digital (PAdES) de {signer}. Compruébela con &apos;caseconf minutes verify&apos; o en CaseConf: cualquier cambio posterior a la firma se detecta.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="318"/>
        <source>This copy is not digitally signed.</source>
        <translation>Esta copia no está firmada digitalmente.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="319"/>
        <source>Record: audit chain {head}, generated {when} UTC.</source>
        <translation>Registro: cadena de auditoría {head}, generado el {when} UTC.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="320"/>
        <source>{role}: {name}</source>
        <translation>{role}: {name}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="321"/>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="322"/>
        <source>Chair (countersignature): {name}</source>
        <translation>Presidencia (refrendo): {name}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="323"/>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="324"/>
        <source>This paper is for {name}. It tells you what was said at the meeting about {subject} on {date} that the team agreed to share with the family.</source>
        <translation>Este papel es para {name}. Le cuenta lo que se dijo sobre {subject} en la reunión del {date} y que el equipo acordó compartir con la familia.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="325"/>
        <source>This paper is for {name}. It tells you what was said and agreed at the meeting about your plan on {date}.</source>
        <translation>Este papel es para {name}. Le cuenta lo que se dijo y se acordó sobre su plan en la reunión del {date}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="326"/>
        <source>The meeting was at {place}.</source>
        <translation>La reunión fue en {place}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="327"/>
        <source>Your goals</source>
        <translation>Sus objetivos</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="328"/>
        <source>• {goal} ({status})</source>
        <translation>• {goal} ({status})</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="329"/>
        <source>What happened since the last meeting</source>
        <translation>Qué ha pasado desde la última reunión</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="330"/>
        <source>• {action}: {outcome}.</source>
        <translation>• {action}: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="331"/>
        <source>What you agreed to do</source>
        <translation>Lo que usted acordó hacer</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="332"/>
        <source>What others will do for you</source>
        <translation>Lo que otros harán por usted</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="333"/>
        <source>Support for you</source>
        <translation>Apoyo para usted</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="334"/>
        <source>No support has been written down yet.</source>
        <translation>Todavía no se ha escrito ningún apoyo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="335"/>
        <source>The next meeting is planned for {date}.</source>
        <translation>La próxima reunión está prevista para el {date}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="336"/>
        <source>No date has been set for the next meeting yet.</source>
        <translation>Todavía no hay fecha para la próxima reunión.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="337"/>
        <source>Who to contact</source>
        <translation>Con quién hablar</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="338"/>
        <source>Ask any of the professionals you meet.</source>
        <translation>Pregunte a cualquiera de los profesionales que vea.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="339"/>
        <source>{name} at {agency}</source>
        <translation>{name}, de {agency}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="340"/>
        <source>If you have a question, contact {who}.</source>
        <translation>Si tiene una pregunta, hable con {who}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="341"/>
        <source>Phone: {phone}</source>
        <translation>Teléfono: {phone}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="342"/>
        <source>Email: {email}</source>
        <translation>Correo: {email}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="343"/>
        <source>If you disagree</source>
        <translation>Si no está de acuerdo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="344"/>
        <source>If you think something in this paper is wrong, tell your contact or any professional you trust. You can ask for what you say to be added to the notes of the meeting. You can also make a complaint. Your contact will tell you how.</source>
        <translation>Si cree que algo de este papel está mal, dígaselo a su contacto o a un profesional de confianza. Puede pedir que lo que usted dice se añada a las notas de la reunión. También puede poner una queja. Su contacto le dirá cómo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="345"/>
        <source>The parts of the meeting you were in</source>
        <translation>Las partes de la reunión en las que estuvo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="346"/>
        <source>You were in the room for: {parts}.</source>
        <translation>Estuvo en la sala durante: {parts}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="347"/>
        <source>You were not in the room for this meeting.</source>
        <translation>No estuvo en la sala en esta reunión.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="348"/>
        <source>How to check this copy is genuine: it carries a digital seal from {signer}. A professional can check with CaseConf that nobody has changed it.</source>
        <translation>Cómo saber si esta copia es auténtica: lleva un sello digital de {signer}. Un profesional puede comprobar con CaseConf que nadie la ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="349"/>
        <source>This copy has no digital seal.</source>
        <translation>Esta copia no tiene sello digital.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="350"/>
        <source>Sealed by: {name}</source>
        <translation>Sellado por: {name}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="351"/>
        <source>Checked by the chair: {name}</source>
        <translation>Revisado por la presidencia: {name}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="352"/>
        <source>• {who}: {what}, by {date}.</source>
        <translation>• {who}: {what}, antes del {date}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="353"/>
        <source>• {who}: {what}.</source>
        <translation>• {who}: {what}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="354"/>
        <source>• {what}, by {date}.</source>
        <translation>• {what}, antes del {date}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="355"/>
        <source>• {what}.</source>
        <translation>• {what}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="356"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="166"/>
        <source>add another word or two; uncommon words are better.</source>
        <translation>añada una o dos palabras más; las palabras poco comunes son mejores.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="167"/>
        <source>straight rows of keys are easy to guess.</source>
        <translation>las filas rectas de teclas son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="168"/>
        <source>short keyboard patterns are easy to guess.</source>
        <translation>los patrones cortos de teclado son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="169"/>
        <source>use a longer keyboard pattern with more turns.</source>
        <translation>use un patrón de teclado más largo y con más giros.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="170"/>
        <source>repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>las repeticiones como &quot;aaa&quot; son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="171"/>
        <source>repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>las repeticiones como &quot;abcabcabc&quot; son solo un poco más difíciles de adivinar que &quot;abc&quot;.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="172"/>
        <source>avoid repeated words and characters.</source>
        <translation>evite palabras y caracteres repetidos.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="173"/>
        <source>sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>las secuencias como &quot;abc&quot; o &quot;6543&quot; son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="174"/>
        <source>avoid sequences.</source>
        <translation>evite las secuencias.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="175"/>
        <source>recent years are easy to guess.</source>
        <translation>los años recientes son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="176"/>
        <source>avoid recent years.</source>
        <translation>evite los años recientes.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="177"/>
        <source>avoid years that are associated with you.</source>
        <translation>evite los años relacionados con usted.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="178"/>
        <source>dates are often easy to guess.</source>
        <translation>las fechas suelen ser fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="179"/>
        <source>avoid dates and years that are associated with you.</source>
        <translation>evite fechas y años relacionados con usted.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="180"/>
        <source>it is one of the 10 most common passwords.</source>
        <translation>es una de las 10 contraseñas más comunes.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="181"/>
        <source>it is one of the 100 most common passwords.</source>
        <translation>es una de las 100 contraseñas más comunes.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="182"/>
        <source>it is a very common password.</source>
        <translation>es una contraseña muy común.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="183"/>
        <source>it is similar to a commonly used password.</source>
        <translation>se parece a una contraseña muy usada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="184"/>
        <source>a word by itself is easy to guess.</source>
        <translation>una palabra sola es fácil de adivinar.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="185"/>
        <source>names and surnames by themselves are easy to guess.</source>
        <translation>los nombres y apellidos solos son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="186"/>
        <source>common names and surnames are easy to guess.</source>
        <translation>los nombres y apellidos comunes son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="187"/>
        <source>capitals do not help very much.</source>
        <translation>las mayúsculas no ayudan mucho.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="188"/>
        <source>all capitals are almost as easy to guess as all lower case.</source>
        <translation>todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="189"/>
        <source>reversed words are not much harder to guess.</source>
        <translation>las palabras al revés no son mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="190"/>
        <source>predictable substitutions like &apos;@&apos; instead of &apos;a&apos; do not help very much.</source>
        <translation>las sustituciones previsibles, como &apos;@&apos; en lugar de &apos;a&apos;, no ayudan mucho.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="191"/>
        <source>use a few words, avoid common phrases.</source>
        <translation>use varias palabras y evite frases comunes.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="192"/>
        <source>there is no need for symbols, digits or capitals.</source>
        <translation>no hacen falta símbolos, cifras ni mayúsculas.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="193"/>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>La frase de contraseña debe tener al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="194"/>
        <source>The passphrase is too easy to guess: {reason}</source>
        <translation>La frase de contraseña es demasiado fácil de adivinar: {reason}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="195"/>
        <source>The new passphrase must be at least {n} characters long.</source>
        <translation>La frase de contraseña nueva debe tener al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="196"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La frase de contraseña nueva es igual que la actual.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="663"/>
        <source>Cannot write next to the vault in {folder}.</source>
        <translation>No se puede escribir junto a la bóveda en {folder}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="664"/>
        <source>the copy differs from the vault</source>
        <translation>la copia difiere de la bóveda</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="665"/>
        <source>audit log broken at row {seq}</source>
        <translation>registro de auditoría roto en la fila {seq}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="666"/>
        <source>the copy was not closed cleanly</source>
        <translation>la copia no se cerró correctamente</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="48"/>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="49"/>
        <source>Good: longer is stronger.</source>
        <translation>Buena: cuanto más larga, más fuerte.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="33"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="34"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="38"/>
        <source>The vault is copied under the new passphrase, checked, and only then put in place: if anything stops the change, the current passphrase keeps working. Backups made before the change still open with the passphrase they were made with.</source>
        <translation>La bóveda se copia con la frase de contraseña nueva, se comprueba y solo entonces se pone en su lugar: si algo interrumpe el cambio, la frase de contraseña actual sigue funcionando. Las copias de seguridad hechas antes del cambio se siguen abriendo con la frase de contraseña con la que se hicieron.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="45"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="46"/>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="47"/>
        <source>Repeat the new passphrase</source>
        <translation>Repita la frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="49"/>
        <source>Passphrase strength</source>
        <translation>Robustez de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="54"/>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="57"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="58"/>
        <source>&amp;New passphrase:</source>
        <translation>Frase de contraseña &amp;nueva:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="59"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="67"/>
        <source>&amp;Change</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="93"/>
        <source>Type the current passphrase.</source>
        <translation>Escriba la frase de contraseña actual.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="97"/>
        <source>The two new passphrases differ.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="99"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La frase de contraseña nueva es igual que la actual.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="113"/>
        <source>Changing the passphrase</source>
        <translation>Cambiando la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/passphrase.py" line="122"/>
        <source>The passphrase was changed; only the new one opens the vault now.</source>
        <translation>Se ha cambiado la frase de contraseña; ahora solo la nueva abre la bóveda.</translation>
    </message>
</context>
<context>
    <name>Plausibility</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="197"/>
        <source>This date is in the past ({date}). Save anyway if that is right.</source>
        <translation>Esta fecha ya ha pasado ({date}). Guárdela de todos modos si es correcta.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="198"/>
        <source>The date of birth is in the future.</source>
        <translation>La fecha de nacimiento es futura.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="199"/>
        <source>This due date has passed: the action will be overdue at once.</source>
        <translation>Este plazo ya ha pasado: la acción quedará vencida de inmediato.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="200"/>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation>Esto no parece una dirección de correo electrónico (nombre@ejemplo.org).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="201"/>
        <source>This does not look like a phone number: digits, spaces, + ( ) - only.</source>
        <translation>Esto no parece un número de teléfono: solo cifras, espacios, + ( ) -.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="23"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="24"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="27"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="29"/>
        <source>Lock after inactivity</source>
        <translation>Bloquear tras un tiempo de inactividad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="31"/>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Bloquear tras una inactividad de:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="35"/>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="40"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="41"/>
        <source>CaseConf uses the new language from its next start.</source>
        <translation>CaseConf usará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/preferences.py" line="42"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>PrepareConferenceDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="41"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="42"/>
        <source>Prepare a conference</source>
        <translation>Preparar una conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="50"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="52"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="53"/>
        <source>e.g. meeting room, establishment</source>
        <translation>p. ej., sala de reuniones, centro</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="55"/>
        <source>Agenda template</source>
        <translation>Plantilla de orden del día</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="63"/>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="65"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="67"/>
        <source>Minute-taker</source>
        <translation>Secretaría de actas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="71"/>
        <source>Invited professionals</source>
        <translation>Profesionales invitados</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="72"/>
        <source>Invite the subject for the sections open to them</source>
        <translation>Invitar a la persona de referencia a los puntos abiertos a ella</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="73"/>
        <source>Invite involved family members</source>
        <translation>Invitar a los familiares implicados</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="76"/>
        <source>Actions to review</source>
        <translation>Acciones que se revisan</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="80"/>
        <source>Check the date</source>
        <translation>Compruebe la fecha</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="86"/>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="87"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="88"/>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="89"/>
        <source>&amp;Chair:</source>
        <translation>P&amp;residencia:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="90"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitador/a:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="91"/>
        <source>&amp;Minute-taker:</source>
        <translation>&amp;Secretaría de actas:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="107"/>
        <source>&amp;Invited (by agency):</source>
        <translation>&amp;Invitados (por organismo):</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="112"/>
        <source>To review:</source>
        <translation>Para revisar:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="116"/>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="151"/>
        <source>{n} open actions from earlier conferences will come in for review.</source>
        <translation>{n} acciones abiertas de conferencias anteriores se revisarán.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="164"/>
        <source>The subject</source>
        <translation>La persona de referencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/prepare.py" line="201"/>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="31"/>
        <source>CaseConf: room screen</source>
        <translation>CaseConf: pantalla de la sala</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="32"/>
        <source>Room screen</source>
        <translation>Pantalla de la sala</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="44"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="48"/>
        <source>Current section</source>
        <translation>Punto actual</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="52"/>
        <source>Time in this section</source>
        <translation>Tiempo en este punto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="55"/>
        <source>Guidance prompts</source>
        <translation>Preguntas de orientación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="59"/>
        <source>Recorded in this section</source>
        <translation>Registrado en este punto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="63"/>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="120"/>
        <source>Actions agreed so far</source>
        <translation>Acciones acordadas hasta ahora</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="67"/>
        <source>Who may see this screen</source>
        <translation>Quién puede ver esta pantalla</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="126"/>
        <source>The subject or family is in the room: this screen shows only what is shared with them.</source>
        <translation>La persona de referencia o la familia están en la sala: esta pantalla solo muestra lo que se comparte con ellos.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="130"/>
        <source>Professionals only in the room.</source>
        <translation>Solo hay profesionales en la sala.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/projector.py" line="135"/>
        <source>Decision: {text}</source>
        <translation>Decisión: {text}</translation>
    </message>
</context>
<context>
    <name>QuickActionBar</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="371"/>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="372"/>
        <source>New action: what will be done…</source>
        <translation>Nueva acción: qué se hará…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="374"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="384"/>
        <source>Due date</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="385"/>
        <source>Check the due date</source>
        <translation>Compruebe el plazo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="386"/>
        <source>With the &amp;subject</source>
        <translation>Con la &amp;persona de referencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="387"/>
        <source>Agreed with the subject</source>
        <translation>Acordado con la persona de referencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="388"/>
        <source>Add action</source>
        <translation>Añadir la acción</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="396"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="428"/>
        <source>Say what is to be done.</source>
        <translation>Indique qué hay que hacer.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="432"/>
        <source>Choose the owner.</source>
        <translation>Elija el responsable.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/forms.py" line="247"/>
        <source>Problem with {field}</source>
        <translation>Problema con {field}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/forms.py" line="250"/>
        <source>Check {field}</source>
        <translation>Compruebe {field}</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="167"/>
        <source>&amp;Add…</source>
        <extracomment>Above this many rows a table stays one line a row: wrapping measures every row&apos;s height.</extracomment>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="168"/>
        <source>Add {noun}</source>
        <translation>Añadir: {noun}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="170"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="172"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="190"/>
        <source>New {noun}</source>
        <translation>Nuevo registro: {noun}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="196"/>
        <source>Edit {noun}</source>
        <translation>Editar: {noun}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="202"/>
        <source>Delete this {noun}?</source>
        <translation>¿Desea eliminar este registro ({noun})?</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/case_file.py" line="203"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="168"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="169"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="173"/>
        <source>The backup is checked (every page, the audit log) and restored into a new vault file; the vault you have open is not changed. Use the passphrase the vault had when the backup was made.</source>
        <translation>La copia de seguridad se comprueba (cada página y el registro de auditoría) y se restaura en un archivo de bóveda nuevo; la bóveda que tiene abierta no cambia. Use la frase de contraseña que tenía la bóveda cuando se hizo la copia.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="180"/>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="181"/>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="184"/>
        <source>New vault file</source>
        <translation>Archivo de bóveda nuevo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="185"/>
        <source>Br&amp;owse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="189"/>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="190"/>
        <source>Replace the file if it exists</source>
        <translation>Sustituir el archivo si existe</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="194"/>
        <source>Restore status</source>
        <translation>Estado de la restauración</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="196"/>
        <source>Backup:</source>
        <translation>Copia de seguridad:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="197"/>
        <source>Restore into:</source>
        <translation>Restaurar en:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="198"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="202"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="213"/>
        <source>Choose a backup</source>
        <translation>Elija una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="221"/>
        <source>Restore into</source>
        <translation>Restaurar en</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="232"/>
        <source>Choose the backup and where to restore it.</source>
        <translation>Elija la copia de seguridad y dónde restaurarla.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="235"/>
        <source>Type the passphrase of the backup.</source>
        <translation>Escriba la frase de contraseña de la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="239"/>
        <source>Checking and restoring…</source>
        <translation>Comprobando y restaurando…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/backup.py" line="244"/>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="667"/>
        <source>The retention period must be 1 to 100 years.</source>
        <translation>El plazo de conservación debe ser de 1 a 100 años.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="668"/>
        <source>Give the reason for the erasure (--reason).</source>
        <translation>Indique el motivo del borrado (--reason).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="669"/>
        <source>The reason must be at most {n} characters long.</source>
        <translation>El motivo debe tener como máximo {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="670"/>
        <source>That case no longer exists in this vault.</source>
        <translation>Ese caso ya no existe en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="671"/>
        <source>erasure of {day} applied again after a restore</source>
        <translation>borrado del {day} aplicado de nuevo tras una restauración</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="36"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="37"/>
        <source>Retention reviews due</source>
        <translation>Revisiones de conservación pendientes</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="41"/>
        <source>Cases whose retention review date has come: review whether the file is still needed. Keep it (set a new review date in the case details) or erase it.</source>
        <translation>Casos cuya fecha de revisión de conservación ha llegado: revise si el expediente sigue siendo necesario. Consérvelo (fije una nueva fecha de revisión en los datos del caso) o bórrelo.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="48"/>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="49"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="50"/>
        <source>Subject</source>
        <translation>Persona de referencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="51"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="53"/>
        <source>Date from</source>
        <translation>Fecha tomada de</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="54"/>
        <source>the case</source>
        <translation>el caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="54"/>
        <source>default period</source>
        <translation>plazo por defecto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="59"/>
        <source>Cases due for retention review</source>
        <translation>Casos pendientes de revisión de conservación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="63"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="64"/>
        <source>Default retention period</source>
        <translation>Plazo de conservación por defecto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="65"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="68"/>
        <source>Default retention period (cases without their own date):</source>
        <translation>Plazo de conservación por defecto (casos sin fecha propia):</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="75"/>
        <source>Number of cases due</source>
        <translation>Número de casos pendientes</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="78"/>
        <source>&amp;Open case</source>
        <translation>Abrir el &amp;caso</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="81"/>
        <source>&amp;Erase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/dialogs/retention.py" line="103"/>
        <source>%n case(s) due for review.</source>
        <translation>
            <numerusform>%n caso pendiente de revisión.</numerusform>
            <numerusform>%n casos pendientes de revisión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="64"/>
        <source>Previous actions to review</source>
        <translation>Acciones anteriores que se revisan</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="66"/>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="67"/>
        <source>Note on this action (optional)</source>
        <translation>Nota sobre esta acción (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="68"/>
        <source>Carry forward, due</source>
        <translation>Aplazar, con plazo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="72"/>
        <source>New due date</source>
        <translation>Nuevo plazo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="74"/>
        <source>Check the new due date</source>
        <translation>Compruebe el nuevo plazo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="76"/>
        <source>D&amp;one</source>
        <translation>&amp;Hecha</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="78"/>
        <source>Not done: &amp;circumstances changed</source>
        <translation>No hecha: &amp;cambiaron las circunstancias</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="82"/>
        <source>Not done: agency did &amp;not act</source>
        <translation>No hecha: el organismo &amp;no actuó</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="86"/>
        <source>C&amp;lose without review</source>
        <translation>Cerrar sin re&amp;visar</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="140"/>
        <source>Overall risk level</source>
        <translation>Nivel de riesgo global</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="143"/>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="144"/>
        <source>e.g. VERA-2R or ERG (name and outcome only)</source>
        <translation>p. ej., VERA-2R o ERG (solo nombre y resultado)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="153"/>
        <source>{domain} rating</source>
        <translation>Valoración de {domain}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="162"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="165"/>
        <source>Known unknowns</source>
        <translation>Incógnitas conocidas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="168"/>
        <source>Significant change since last time</source>
        <translation>Cambio significativo desde la última vez</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="171"/>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="173"/>
        <source>TLP label of the assessment</source>
        <translation>Etiqueta TLP de la evaluación</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="178"/>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="179"/>
        <source>Fra&amp;mework:</source>
        <translation>&amp;Marco:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="180"/>
        <source>Domains:</source>
        <translation>Ámbitos:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="181"/>
        <source>Rat&amp;ionale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="182"/>
        <source>Known &amp;unknowns:</source>
        <translation>Incógnitas &amp;conocidas:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="183"/>
        <source>Chang&amp;e:</source>
        <translation>Cam&amp;bio:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="184"/>
        <source>&amp;What changed:</source>
        <translation>&amp;Qué ha cambiado:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="185"/>
        <source>Risk l&amp;abel:</source>
        <translation>E&amp;tiqueta del riesgo:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="186"/>
        <source>This conference</source>
        <translation>Esta conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="191"/>
        <source>Previous assessment</source>
        <translation>Evaluación anterior</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="192"/>
        <source>Previous conference</source>
        <translation>Conferencia anterior</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="221"/>
        <source>No earlier assessment.</source>
        <translation>No hay ninguna evaluación anterior.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/panels.py" line="229"/>
        <source>{date}: {level}
{ratings}

Rationale: {rationale}

Known unknowns: {unknowns}</source>
        <translation>{date}: {level}
{ratings}

Justificación: {rationale}

Incógnitas conocidas: {unknowns}</translation>
    </message>
</context>
<context>
    <name>RiskTrendChart</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/widgets/risk_chart.py" line="23"/>
        <source>Risk trend chart</source>
        <translation>Gráfico de evolución del riesgo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/widgets/risk_chart.py" line="50"/>
        <source>No risk assessments yet</source>
        <translation>Aún no hay evaluaciones de riesgo</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="202"/>
        <source>A case needs a reference.</source>
        <translation>Un caso necesita una referencia.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="203"/>
        <source>Give the subject&apos;s name as they write it.</source>
        <translation>Escriba el nombre de la persona de referencia tal como lo escribe ella.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="204"/>
        <source>Review frequency must be between 7 and 730 days.</source>
        <translation>La frecuencia de revisión debe estar entre 7 y 730 días.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="205"/>
        <source>The release date is before the sentence start.</source>
        <translation>La fecha de excarcelación es anterior al inicio de la condena.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="206"/>
        <source>Every conference needs a chair.</source>
        <translation>Toda conferencia necesita una presidencia.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="207"/>
        <source>Every conference needs a facilitator.</source>
        <translation>Toda conferencia necesita un/a facilitador/a.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="208"/>
        <source>Every conference needs a minute-taker.</source>
        <translation>Toda conferencia necesita una secretaría de actas.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="209"/>
        <source>The chair and the minute-taker should be different people.</source>
        <translation>La presidencia y la secretaría de actas deberían ser personas distintas.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="210"/>
        <source>Say what is to be done.</source>
        <translation>Indique qué hay que hacer.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="211"/>
        <source>Every action needs an owner (a person and their agency).</source>
        <translation>Toda acción necesita un responsable (una persona y su organismo).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="212"/>
        <source>Every action needs a due date.</source>
        <translation>Toda acción necesita un plazo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="213"/>
        <source>Record the rationale for this decision.</source>
        <translation>Anote la justificación de esta decisión.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="214"/>
        <source>Say which agency gave this information.</source>
        <translation>Indique qué organismo aportó esta información.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="215"/>
        <source>Name the agency that disagrees.</source>
        <translation>Indique el organismo que discrepa.</translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="105"/>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="106"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="111"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ShortcutOverview</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="71"/>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="77"/>
        <source>Everywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="78"/>
        <source>Running a conference</source>
        <translation>Durante una conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="93"/>
        <source>List of shortcuts</source>
        <translation>Lista de atajos</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="357"/>
        <source>Digitally signed by {name}</source>
        <translation>Firmado digitalmente por {name}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="358"/>
        <source>Certificate {fp}…</source>
        <translation>Certificado {fp}…</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="359"/>
        <source>The file is not a readable PDF.</source>
        <translation>El archivo no es un PDF legible.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="360"/>
        <source>These minutes have no empty signature field left to countersign.</source>
        <translation>Esta acta ya no tiene ningún campo de firma vacío para refrendarla.</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="361"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="362"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="363"/>
        <source>Information held about {name}</source>
        <translation>Información conservada sobre {name}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="364"/>
        <source>Case {reference}. Prepared {when} by {who}. Purpose: {purpose}.</source>
        <translation>Caso {reference}. Preparado el {when} por {who}. Finalidad: {purpose}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="365"/>
        <source>This document holds everything recorded about the person in this vault, including restricted (TLP:RED) information and information about other people. Review it before disclosing any part of it.</source>
        <translation>Este documento contiene todo lo registrado sobre la persona en esta bóveda, incluida información restringida (TLP:RED) e información sobre otras personas. Revíselo antes de comunicar cualquier parte.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="366"/>
        <source>Of the conference entries, {n} are labelled above TLP:GREEN or not marked shareable with the person; look at them first.</source>
        <translation>De las anotaciones de la conferencia, {n} tienen una etiqueta superior a TLP:GREEN o no están marcadas como compartibles con la persona; revíselas primero.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="367"/>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="368"/>
        <location filename="../../build/translations/helper_strings.py" line="370"/>
        <source>None recorded.</source>
        <translation>No consta ninguno.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="369"/>
        <source>Disclosures of minutes</source>
        <translation>Comunicaciones de actas</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="371"/>
        <source>{when}: {audience} version (TLP:{tlp}) to {recipient}</source>
        <translation>{when}: versión {audience} (TLP:{tlp}) para {recipient}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="372"/>
        <source>Who consulted or changed the case file</source>
        <translation>Quién consultó o modificó el expediente</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="373"/>
        <source>Audit chain head: {head}</source>
        <translation>Cabeza de la cadena de auditoría: {head}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="374"/>
        <source>Subject access export</source>
        <translation>Exportación por derecho de acceso</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="375"/>
        <source>Subject access export — case {reference} — page {n}</source>
        <translation>Exportación por derecho de acceso — caso {reference} — página {n}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="672"/>
        <source>Subject access request</source>
        <translation>Solicitud de derecho de acceso</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="673"/>
        <source>Say what the export is for (--purpose).</source>
        <translation>Indique para qué es la exportación (--purpose).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="674"/>
        <source>The purpose must be at most {n} characters long.</source>
        <translation>La finalidad debe tener como máximo {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="675"/>
        <source>The JSON and the PDF must go to two different files.</source>
        <translation>El JSON y el PDF deben ir a dos archivos distintos.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="126"/>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="128"/>
        <source>Closing summary</source>
        <translation>Resumen de cierre</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="134"/>
        <source>Summary of the conference</source>
        <translation>Resumen de la conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="136"/>
        <source>Back to the agenda  (Esc)</source>
        <translation>Volver al orden del día  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="140"/>
        <source>Missing from the record</source>
        <translation>Falta en el registro</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="145"/>
        <source>Missing from the record: the chair confirms each one (the minutes will say &apos;not recorded&apos; there).</source>
        <translation>Falta en el registro: la presidencia confirma cada punto (el acta dirá «sin registrar» en ese lugar).</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="155"/>
        <source>&amp;Close the conference…</source>
        <translation>&amp;Cerrar la conferencia…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="160"/>
        <source>&amp;Export minutes…</source>
        <translation>&amp;Exportar el acta…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="163"/>
        <source>Back to the &amp;case file</source>
        <translation>&amp;Volver al expediente</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="190"/>
        <source>Close the conference now? The record can no longer be changed, and the minutes are made from it.</source>
        <translation>¿Desea cerrar ahora la conferencia? El registro ya no podrá cambiarse y el acta se elabora a partir de él.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="202"/>
        <source>The closing summary is shown when only professionals are in the room. Mark the subject and family as having left, then open it again.</source>
        <translation>El resumen de cierre se muestra cuando solo hay profesionales en la sala. Marque que la persona de referencia y la familia han salido y ábralo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="222"/>
        <source>Confirmed, close without it: {gap}</source>
        <translation>Confirmado, cerrar sin ello: {gap}</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="239"/>
        <source>Record everyone&apos;s attendance before closing:</source>
        <translation>Registre la asistencia de todas las personas antes de cerrar:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="246"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="255"/>
        <source>No decisions recorded.</source>
        <translation>No se registró ninguna decisión.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="260"/>
        <source>Dissent</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="267"/>
        <source>agency not recorded</source>
        <translation>organismo sin registrar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="274"/>
        <source>New actions</source>
        <translation>Acciones nuevas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="285"/>
        <source>No new actions.</source>
        <translation>No hay acciones nuevas.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="287"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="289"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="293"/>
        <source>{before} → {now} (change: {change})</source>
        <translation>{before} → {now} (cambio: {change})</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="302"/>
        <source>Not recorded.</source>
        <translation>Sin registrar.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="304"/>
        <source>Next conference</source>
        <translation>Próxima conferencia</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/conference/runner.py" line="307"/>
        <source>The conference is closed.</source>
        <translation>La conferencia está cerrada.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="579"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="580"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="581"/>
        <source>{text} is longer than {field} may be ({n} characters at most).</source>
        <translation>{text} es más largo de lo que admite {field} ({n} caracteres como máximo).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="582"/>
        <source>{text} is not a valid value for {field}.</source>
        <translation>{text} no es un valor válido para {field}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="676"/>
        <source>The bundle refers to a record this vault does not have ({table} {id}); ask the sender for a whole-case bundle (without --since-last). Nothing was imported.</source>
        <translation>El paquete hace referencia a un registro que esta bóveda no tiene ({table} {id}); pida al remitente un paquete con el caso completo (sin --since-last). No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="677"/>
        <source>The bundle holds a case with reference {ref}, but another case in this vault already has that reference; rename one of them first. Nothing was imported.</source>
        <translation>El paquete contiene un caso con la referencia {ref}, pero otro caso de esta bóveda ya tiene esa referencia; cambie primero la de uno de ellos. No se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/tasks.py" line="92"/>
        <source>The vault is locked; unlock it to continue.</source>
        <translation>La bóveda está bloqueada; desbloquéela para continuar.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../src/caseconf_desktop/services/templates.py" line="52"/>
        <source>The agenda template &apos;{name}&apos; is missing or malformed.</source>
        <translation>Falta la plantilla de orden del día &apos;{name}&apos; o está mal formada.</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="76"/>
        <source>Unlock CaseConf</source>
        <translation>Desbloquear CaseConf</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="78"/>
        <source>CaseConf</source>
        <translation>CaseConf</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="81"/>
        <source>Multi-agency case conferences, kept encrypted on this device.</source>
        <translation>Conferencias de caso entre varios organismos, guardadas cifradas en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="96"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="133"/>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="144"/>
        <source>Vault file</source>
        <translation>Archivo de la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="147"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="149"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="152"/>
        <source>Create a &amp;new vault…</source>
        <translation>Crear una bóveda &amp;nueva…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="155"/>
        <source>&amp;Vault:</source>
        <translation>&amp;Bóveda:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="157"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="173"/>
        <source>New vault file</source>
        <translation>Archivo de bóveda nuevo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="175"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="177"/>
        <source>Your agency</source>
        <translation>Su organismo</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="179"/>
        <source>Your role</source>
        <translation>Su función</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="180"/>
        <source>Coordinator</source>
        <translation>Coordinador/a</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="181"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="184"/>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="188"/>
        <source>Repeat passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="191"/>
        <source>Passphrase strength</source>
        <translation>Robustez de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="192"/>
        <source>C&amp;reate vault</source>
        <translation>C&amp;rear la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="194"/>
        <source>&amp;Back to unlock</source>
        <translation>&amp;Volver a desbloquear</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="198"/>
        <source>Vault &amp;file:</source>
        <translation>&amp;Archivo de la bóveda:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="199"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="200"/>
        <source>Your &amp;agency:</source>
        <translation>Su &amp;organismo:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="201"/>
        <source>R&amp;ole:</source>
        <translation>Func&amp;ión:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="202"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="203"/>
        <source>Re&amp;peat:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="234"/>
        <source>Too short: use at least {n} characters.</source>
        <translation>Demasiado corta: use al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="252"/>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Escriba la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="263"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="275"/>
        <source>The passphrase is wrong.</source>
        <translation>La frase de contraseña no es correcta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="278"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="291"/>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="299"/>
        <source>Choose where to keep the vault file.</source>
        <translation>Elija dónde guardar el archivo de la bóveda.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="301"/>
        <source>Give your name: it is recorded as the author of your changes.</source>
        <translation>Indique su nombre: se registra como autor/a de sus cambios.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="303"/>
        <source>Give your agency.</source>
        <translation>Indique su organismo.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="307"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="322"/>
        <source>Creating the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/unlock.py" line="342"/>
        <source>Locked after a period of inactivity.</source>
        <translation>Bloqueada tras un periodo de inactividad.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="172"/>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="173"/>
        <source>CaseConf user guide</source>
        <translation>Guía del usuario de CaseConf</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/help.py" line="175"/>
        <source>User guide text</source>
        <translation>Texto de la guía del usuario</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="680"/>
        <source>The passphrase must not be empty.</source>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
</context>
<context>
    <name>Vaults</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="678"/>
        <source>The owner&apos;s name must not be empty.</source>
        <translation>El nombre del titular no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="679"/>
        <source>The owner&apos;s agency must not be empty.</source>
        <translation>El organismo del titular no puede estar vacío.</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="376"/>
        <source>{field}: signed by {who} on {when}</source>
        <translation>{field}: firmado por {who} el {when}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="377"/>
        <location filename="../../build/translations/helper_strings.py" line="392"/>
        <source>an unknown signer</source>
        <translation>un firmante desconocido</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="378"/>
        <source>The minutes are intact, the signatures cover the whole file and every signer is trusted.</source>
        <translation>El acta está intacta, las firmas cubren todo el archivo y se confía en todos los firmantes.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="379"/>
        <source>The minutes are intact, but this vault does not trust the signer {names}; compare the certificate fingerprint with them, then run &apos;caseconf identity trust&apos;.</source>
        <translation>El acta está intacta, pero esta bóveda no confía en el firmante {names}; compare con él la huella del certificado y después ejecute &apos;caseconf identity trust&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="380"/>
        <source>The minutes cannot be verified.</source>
        <translation>El acta no se puede verificar.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="381"/>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="382"/>
        <source>NOT trusted</source>
        <translation>NO es de confianza</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="383"/>
        <source>certificate SHA-256 {fp}</source>
        <translation>certificado SHA-256 {fp}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="384"/>
        <source>- {field}: not signed yet</source>
        <translation>- {field}: aún sin firmar</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="385"/>
        <source>The signature in {field} cannot be checked{error}.</source>
        <translation>La firma de {field} no se puede comprobar{error}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="386"/>
        <source>The content was changed after {field} was signed.</source>
        <translation>El contenido se cambió después de firmarse {field}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="387"/>
        <source>The signature in {field} does not match its certificate.</source>
        <translation>La firma de {field} no coincide con su certificado.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="388"/>
        <source>Something was added to the file after the last signature ({field}).</source>
        <translation>Se añadió algo al archivo después de la última firma ({field}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="389"/>
        <source>The file was changed after {field} was signed, beyond a countersignature.</source>
        <translation>El archivo se cambió después de firmarse {field}, más allá de un refrendo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="390"/>
        <source>A change after {field} was signed breaks the signer&apos;s modification policy.</source>
        <translation>Un cambio posterior a la firma de {field} incumple la política de modificación del firmante.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="391"/>
        <source>The chair&apos;s field was signed by {name}, who is not the chair of this conference.</source>
        <translation>El campo de la presidencia lo firmó {name}, que no preside esta conferencia.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="393"/>
        <source>The file is not a readable PDF, or it is damaged.</source>
        <translation>El archivo no es un PDF legible o está dañado.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="394"/>
        <source>The file carries no digital signature.</source>
        <translation>El archivo no lleva ninguna firma digital.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="395"/>
        <source>A signature fails pyHanko&apos;s overall validation.</source>
        <translation>Una firma no supera la validación global de pyHanko.</translation>
    </message>
</context>
<context>
    <name>VerifyMinutesDialog</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="366"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="367"/>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="394"/>
        <source>Verify minutes</source>
        <translation>Verificar un acta</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="371"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="378"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="379"/>
        <source>&amp;Choose a PDF…</source>
        <translation>&amp;Elegir un PDF…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="381"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="394"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="401"/>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/dialogs/minutes.py" line="403"/>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
</context>
<context>
    <name>_DirectoryHost</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/pages.py" line="211"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="3"/>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation>El archivo de frase de contraseña {path} no es texto UTF-8.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file, CASECONF_PASSPHRASE or a terminal.</source>
        <translation type="vanished">No se ha indicado ninguna frase de contraseña: use --passphrase-file, CASECONF_PASSPHRASE o un terminal.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="6"/>
        <source>Vault passphrase: </source>
        <translation>Frase de contraseña de la bóveda: </translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="7"/>
        <source>Repeat the passphrase: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="8"/>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Las dos frases de contraseña no coinciden; no se ha creado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="13"/>
        <source>Created vault {path} for {owner} ({agency}).</source>
        <translation>Se ha creado la bóveda {path} para {owner} ({agency}).</translation>
    </message>
    <message>
        <source>--cases must be at least 1.</source>
        <translation type="vanished">--cases debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="14"/>
        <source>Added {cases} demo cases with {conferences} conferences and {entries} entries.</source>
        <translation>Se han añadido {cases} casos de demostración con {conferences} conferencias y {entries} anotaciones.</translation>
    </message>
    <message>
        <source>Imported {cases} cases ({created} records created, {updated} updated).</source>
        <translation type="vanished">Se han importado {cases} casos ({created} registros creados, {updated} actualizados).</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file.</source>
        <translation type="vanished">{path} es una carpeta; indique un archivo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="16"/>
        <source>Audit head at {at}: row {seq}, SHA-256 {hash}.</source>
        <translation>Cabeza del registro de auditoría a las {at}: fila {seq}, SHA-256 {hash}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="17"/>
        <source>Check it later with: caseconf audit verify --anchor {line}</source>
        <translation>Compruébelo más tarde con: caseconf audit verify --anchor {line}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="18"/>
        <source>{option} must be a date like 2026-01-31, not {value!r}.</source>
        <translation>{option} debe ser una fecha como 2026-01-31, no {value!r}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="19"/>
        <source>There is no single person named {name} in this vault.</source>
        <translation>No hay una única persona llamada {name} en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="20"/>
        <source>Wrote {path}: {audience} minutes ({tlp}) for {recipient}, SHA-256 {sha}.</source>
        <translation>Se ha escrito {path}: acta {audience} ({tlp}) para {recipient}, SHA-256 {sha}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="21"/>
        <source>Wrote the certificate of {name} to {path}; fingerprint {fp}.</source>
        <translation>Se ha escrito el certificado de {name} en {path}; huella {fp}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="22"/>
        <location filename="../../build/translations/helper_strings.py" line="35"/>
        <source>Now trusting {name}; fingerprint {fp}.</source>
        <translation>Ahora se confía en {name}; huella {fp}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="23"/>
        <source>{name} was already trusted; fingerprint {fp}.</source>
        <translation>Ya se confiaba en {name}; huella {fp}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="24"/>
        <source>Minutes are now signed as {name}; fingerprint {fp}.</source>
        <translation>Las actas se firman ahora como {name}; huella {fp}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="25"/>
        <source>Wrote and checked the backup {path} ({size} bytes, SHA-256 {sha}).</source>
        <translation>Se ha escrito y comprobado la copia de seguridad {path} ({size} bytes, SHA-256 {sha}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="26"/>
        <source>Checked the backup and restored it into the vault {path}.</source>
        <translation>Se ha comprobado la copia de seguridad y se ha restaurado en la bóveda {path}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="27"/>
        <source>No new passphrase given: use --new-passphrase-file, CASECONF_NEW_PASSPHRASE or a terminal.</source>
        <translation>No se ha indicado ninguna frase de contraseña nueva: use --new-passphrase-file, CASECONF_NEW_PASSPHRASE o un terminal.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="28"/>
        <source>New passphrase: </source>
        <translation>Frase de contraseña nueva: </translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="29"/>
        <source>Repeat the new passphrase: </source>
        <translation>Repita la frase de contraseña nueva: </translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="30"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="31"/>
        <source>Changed the passphrase of {path}; only the new one opens it now.</source>
        <translation>Se ha cambiado la frase de contraseña de {path}; ahora solo la nueva la abre.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="32"/>
        <source>Erased case {ref} and {n} records; the audit log keeps a tombstone.</source>
        <translation>Se ha borrado el caso {ref} y {n} registros; el registro de auditoría conserva una marca de borrado.</translation>
    </message>
    <message>
        <source>--years must be at least 1.</source>
        <translation type="vanished">--years debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="4"/>
        <source>The passphrase file {path} is empty.</source>
        <translation>El archivo de frase de contraseña {path} está vacío.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="5"/>
        <source>No passphrase given: use {option}, CASECONF_PASSPHRASE or a terminal.</source>
        <translation>No se ha dado ninguna frase de contraseña: use {option}, CASECONF_PASSPHRASE o un terminal.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="9"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>No se puede usar {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="10"/>
        <source>The system refused: {reason}.</source>
        <translation>El sistema lo ha rechazado: {reason}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="11"/>
        <source>There is no standard output to write to; use --out FILE.</source>
        <translation>No hay salida estándar en la que escribir; use --out ARCHIVO.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="12"/>
        <source>{option} must be a whole number from {low} to {high}.</source>
        <translation>{option} debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="15"/>
        <source>Cases imported: {cases} ({created} records created, {updated} updated).</source>
        <translation>Casos importados: {cases} ({created} registros creados, {updated} actualizados).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="33"/>
        <source>Wrote {files}: {records} records, {disclosures} disclosures, {events} audit events.</source>
        <translation>Se ha escrito {files}: {records} registros, {disclosures} comunicaciones, {events} eventos de auditoría.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="34"/>
        <source>Fingerprint: {fp}</source>
        <translation>Huella: {fp}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="36"/>
        <source>{name} is trusted; fingerprint {fp}.</source>
        <translation>Se confía en {name}; huella {fp}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="37"/>
        <source>this vault</source>
        <translation>esta bóveda</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="38"/>
        <source>Give either --to NAME (a trusted device) or --passphrase-file FILE.</source>
        <translation>Indique --to NOMBRE (un dispositivo de confianza) o --passphrase-file ARCHIVO.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="39"/>
        <source>Wrote {path}: {cases} cases, {records} records, for {to}; bundle {id}.</source>
        <translation>Se ha escrito {path}: {cases} casos, {records} registros, para {to}; paquete {id}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="40"/>
        <source>whoever has the passphrase</source>
        <translation>quien tenga la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="41"/>
        <source>Imported bundle {id} from {sender}: {created} records added, {updated} changed, {deleted} deleted, {conflicts} new conflicts.</source>
        <translation>Se ha importado el paquete {id} de {sender}: {created} registros añadidos, {updated} modificados, {deleted} borrados, {conflicts} conflictos nuevos.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="42"/>
        <source>Erased here, as the sender did: {refs}.</source>
        <translation>Borrados aquí, como hizo el remitente: {refs}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="43"/>
        <source>here</source>
        <translation>aquí</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="44"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="45"/>
        <source>Resolved conflict {id} ({what}, {field}).</source>
        <translation>Se ha resuelto el conflicto {id} ({what}, {field}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="46"/>
        <source>vault file (default: CASECONF_VAULT or the user data folder)</source>
        <translation>archivo de la bóveda (por defecto: CASECONF_VAULT o la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="47"/>
        <source>read the passphrase from FILE (else CASECONF_PASSPHRASE, else a prompt)</source>
        <translation>leer la frase de contraseña de ARCHIVO (si no, CASECONF_PASSPHRASE; si no, se pregunta)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="48"/>
        <source>the bundle&apos;s own passphrase, from FILE (or CASECONF_BUNDLE_PASSPHRASE), for a bundle protected by a passphrase instead of addressed to a device</source>
        <translation>la frase de contraseña propia del paquete, de ARCHIVO (o CASECONF_BUNDLE_PASSPHRASE), para un paquete protegido con frase de contraseña en lugar de dirigido a un dispositivo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="49"/>
        <source>CaseConf: multi-agency case conferences.</source>
        <translation>CaseConf: conferencias de caso entre varios organismos.</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="50"/>
        <source>launch the application (the default)</source>
        <translation>iniciar la aplicación (por defecto)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="51"/>
        <source>create a vault and its owner&apos;s profile</source>
        <translation>crear una bóveda y el perfil de su titular</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="52"/>
        <source>add synthetic demo cases (never real people)</source>
        <translation>añadir casos de demostración sintéticos (nunca personas reales)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="53"/>
        <source>list and search cases</source>
        <translation>listar y buscar casos</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="54"/>
        <source>list cases</source>
        <translation>listar casos</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="55"/>
        <source>import a caseconf.v1 JSON document</source>
        <translation>importar un documento JSON caseconf.v1</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="56"/>
        <source>export one case as caseconf.v1 JSON</source>
        <translation>exportar un caso como JSON caseconf.v1</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="57"/>
        <source>verify and read the audit log</source>
        <translation>verificar y leer el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="58"/>
        <source>recompute the audit hash chain</source>
        <translation>recalcular la cadena de hashes de auditoría</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="59"/>
        <source>also check a head printed earlier by &apos;audit anchor&apos; (repeatable)</source>
        <translation>comprobar también una cabeza impresa antes con &apos;audit anchor&apos; (repetible)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="60"/>
        <source>print the current head for the paper file</source>
        <translation>imprimir la cabeza actual para el expediente en papel</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="61"/>
        <source>list audit events</source>
        <translation>listar los eventos de auditoría</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="62"/>
        <source>only this person&apos;s actions (name or id)</source>
        <translation>solo las acciones de esta persona (nombre o id)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="63"/>
        <source>only actions starting with PREFIX</source>
        <translation>solo las acciones que empiezan por PREFIJO</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="64"/>
        <source>from this day (YYYY-MM-DD)</source>
        <translation>desde este día (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="65"/>
        <source>up to and including this day</source>
        <translation>hasta este día, incluido</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="66"/>
        <source>export, verify and countersign signed PDF minutes</source>
        <translation>exportar, verificar y refrendar actas firmadas en PDF</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="67"/>
        <source>write one version of the minutes</source>
        <translation>escribir una versión del acta</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="68"/>
        <source>the agency a recipient who is not on the attendance list receives it for</source>
        <translation>el organismo por el que la recibe un destinatario que no figura en la lista de asistencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="69"/>
        <source>write the PDF without signing it</source>
        <translation>escribir el PDF sin firmarlo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="70"/>
        <source>the language of the minutes&apos; fixed text (what was entered stays as typed)</source>
        <translation>el idioma del texto fijo del acta (lo que se escribió queda tal como se escribió)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="71"/>
        <source>check the signatures of minutes</source>
        <translation>comprobar las firmas de un acta</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="72"/>
        <source>add the chair&apos;s signature</source>
        <translation>añadir la firma de la presidencia</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="73"/>
        <source>write here instead of in place</source>
        <translation>escribir aquí en lugar de sobrescribir</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="74"/>
        <source>the signing identity and trusted signers</source>
        <translation>la identidad de firma y los firmantes de confianza</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="75"/>
        <source>write this vault&apos;s certificate</source>
        <translation>escribir el certificado de esta bóveda</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="76"/>
        <source>trust a colleague&apos;s certificate</source>
        <translation>confiar en el certificado de un colega</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="77"/>
        <source>sign with a PKCS#12 key instead</source>
        <translation>firmar en su lugar con una clave PKCS#12</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="78"/>
        <source>write a checked, encrypted copy of the vault</source>
        <translation>escribir una copia cifrada y comprobada de la bóveda</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="79"/>
        <source>restore a backup into a new vault (--vault NEWPATH)</source>
        <translation>restaurar una copia de seguridad en una bóveda nueva (--vault RUTANUEVA)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="80"/>
        <source>replace an existing file</source>
        <translation>sustituir un archivo existente</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="81"/>
        <source>erase again every case the current VAULT has erased (same passphrase)</source>
        <translation>volver a borrar cada caso que la BÓVEDA actual haya borrado (misma frase de contraseña)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="82"/>
        <source>change the vault&apos;s passphrase</source>
        <translation>cambiar la frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="83"/>
        <source>set a new passphrase</source>
        <translation>establecer una frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="84"/>
        <source>read the new passphrase from FILE (else CASECONF_NEW_PASSPHRASE, else a prompt)</source>
        <translation>leer la frase de contraseña nueva de ARCHIVO (si no, CASECONF_NEW_PASSPHRASE; si no, se pregunta)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="85"/>
        <source>retention review and erasure of one case</source>
        <translation>revisión de conservación y borrado de un caso</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="86"/>
        <source>erase a case, keeping a tombstone</source>
        <translation>borrar un caso, conservando una marca de borrado</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="87"/>
        <source>cases due for retention review</source>
        <translation>casos pendientes de revisión de conservación</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="88"/>
        <source>default retention period</source>
        <translation>plazo de conservación por defecto</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="89"/>
        <source>everything held on one person</source>
        <translation>todo lo que se conserva sobre una persona</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="90"/>
        <source>why the export is made</source>
        <translation>por qué se hace la exportación</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="91"/>
        <source>this vault&apos;s device identity and trusted devices</source>
        <translation>la identidad de dispositivo de esta bóveda y los dispositivos de confianza</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="92"/>
        <source>print this device&apos;s line and fingerprint</source>
        <translation>imprimir la línea y la huella de este dispositivo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="93"/>
        <source>trust another device by its line</source>
        <translation>confiar en otro dispositivo por su línea</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="94"/>
        <source>the name to address it by</source>
        <translation>el nombre con el que dirigirse a él</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="95"/>
        <source>this device and the trusted ones</source>
        <translation>este dispositivo y los de confianza</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="96"/>
        <source>encrypted, signed case bundles for offline hand-over</source>
        <translation>paquetes de casos cifrados y firmados para la entrega sin conexión</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="97"/>
        <source>write cases to a bundle</source>
        <translation>escribir casos en un paquete</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="98"/>
        <source>the trusted device to address it to</source>
        <translation>el dispositivo de confianza al que dirigirlo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="99"/>
        <source>only what changed since the last bundle to that device</source>
        <translation>solo lo que ha cambiado desde el último paquete a ese dispositivo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="100"/>
        <source>check and merge a bundle</source>
        <translation>comprobar e integrar un paquete</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="101"/>
        <source>erase here the cases the sender has erased (else such a bundle is refused)</source>
        <translation>borrar aquí los casos que el remitente ha borrado (si no, se rechaza el paquete)</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="102"/>
        <source>changes two devices made to the same field</source>
        <translation>cambios que dos dispositivos hicieron en el mismo campo</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="103"/>
        <source>list open conflicts</source>
        <translation>listar los conflictos abiertos</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="104"/>
        <source>settle one conflict</source>
        <translation>resolver un conflicto</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="105"/>
        <source>the value to keep</source>
        <translation>el valor que se conserva</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="106"/>
        <source>caseconf: interrupted. What was already saved stays saved, nothing is left half-written; run the command again to see where it stopped.</source>
        <translation>caseconf: interrumpido. Lo que ya estaba guardado sigue guardado y nada queda a medio escribir; vuelva a ejecutar la orden para ver dónde se detuvo.</translation>
    </message>
    <message>
        <source>caseconf: interrupted; nothing more was written.</source>
        <translation type="vanished">caseconf: interrumpido; no se ha escrito nada más.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/caseconf_desktop/ui/messages.py" line="35"/>
        <location filename="../../src/caseconf_desktop/ui/messages.py" line="44"/>
        <location filename="../../src/caseconf_desktop/ui/messages.py" line="52"/>
        <source>CaseConf</source>
        <translation>CaseConf</translation>
    </message>
    <message>
        <location filename="../../src/caseconf_desktop/ui/messages.py" line="36"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Strong.</source>
        <translation type="vanished">Fuerte.</translation>
    </message>
    <message>
        <source>Good: longer is stronger.</source>
        <translation type="vanished">Buena: cuanto más larga, más fuerte.</translation>
    </message>
</context>
</TS>
