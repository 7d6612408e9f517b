<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Too many wrong codes were tried from this device. Wait a minute, then set it up again with a new code.</source>
        <translation>Von diesem Gerät wurden zu viele falsche Codes eingegeben. Warte eine Minute und richte es dann mit einem neuen Code erneut ein.</translation>
    </message>
    <message>
        <source>That code is for another kind of device: this is the %1. Make a code for a %1 on the barista&apos;s Shop page.</source>
        <translation>Dieser Code gehört zu einer anderen Geräteart. Dieses Gerät ist: %1. Erstelle auf der Seite „Laden“ des Barista-Tablets einen Code für: %1.</translation>
    </message>
    <message>
        <source>The code is wrong, already used, or more than 10 minutes old. Make a new one on the barista&apos;s Shop page (Add a device).</source>
        <translation>Der Code ist falsch, schon benutzt oder älter als 10 Minuten. Erstelle einen neuen auf der Seite „Laden“ des Barista-Tablets (Gerät hinzufügen).</translation>
    </message>
    <message>
        <source>This device was set up as another kind of device, not as the %1. Set it up again with a code for a %1.</source>
        <translation>Dieses Gerät wurde als andere Geräteart eingerichtet, nicht als %1. Richte es mit einem Code für %1 erneut ein.</translation>
    </message>
    <message>
        <source>The server does not know this device: it was removed, or set up for another server. Set it up again with a new code.</source>
        <translation>Der Server kennt dieses Gerät nicht: Es wurde entfernt oder für einen anderen Server eingerichtet. Richte es mit einem neuen Code erneut ein.</translation>
    </message>
    <message>
        <source>This app and the server do not understand each other (%1). Update presso on this device or on the server.</source>
        <translation>Diese App und der Server verstehen sich nicht (%1). Aktualisiere presso auf diesem Gerät oder auf dem Server.</translation>
    </message>
    <message>
        <source>The server refused this device: %1</source>
        <translation>Der Server hat dieses Gerät abgewiesen: %1</translation>
    </message>
    <message>
        <source>display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>barista</source>
        <translation>Barista-Tablet</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>Yours is the next drink.</source>
        <translation>Dein Getränk ist als Nächstes dran.</translation>
    </message>
    <message numerus="yes">
        <source>%n drink(s) before yours.</source>
        <translation>
            <numerusform>Noch %n Getränk vor deinem.</numerusform>
            <numerusform>Noch %n Getränke vor deinem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order #%1 is in the queue</source>
        <translation>Bestellung Nr. %1 ist in der Warteschlange</translation>
    </message>
    <message>
        <source>%1 for %2. Watch the TV: your number moves to Ready.</source>
        <translation>%1 für %2. Behalte den Bildschirm im Blick: Deine Nummer wandert zu „Fertig“.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>dich</translation>
    </message>
    <message>
        <source>Order #%1 is being made</source>
        <translation>Bestellung Nr. %1 wird zubereitet</translation>
    </message>
    <message>
        <source>A barista is making your %1 now.</source>
        <translation>Gerade bereitet ein Barista deinen %1 zu.</translation>
    </message>
    <message>
        <source>Ready for collection!</source>
        <translation>Zum Abholen bereit!</translation>
    </message>
    <message>
        <source>Order #%1: collect your %2 at the counter.</source>
        <translation>Bestellung Nr. %1: Hol deinen %2 an der Theke ab.</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Bestellung storniert</translation>
    </message>
    <message>
        <source>You cancelled this order. Nothing to pay, nothing to collect.</source>
        <translation>Du hast diese Bestellung storniert. Nichts zu bezahlen, nichts abzuholen.</translation>
    </message>
    <message>
        <source>Sorry, the barista had to cancel this order. Please ask at the counter.</source>
        <translation>Leider musste der Barista diese Bestellung stornieren. Bitte frag an der Theke nach.</translation>
    </message>
    <message>
        <source>Sorry, we ran out of time</source>
        <translation>Leider hat die Zeit nicht gereicht</translation>
    </message>
    <message>
        <source>Your order could not be made in time. Please ask at the counter.</source>
        <translation>Deine Bestellung konnte nicht rechtzeitig zubereitet werden. Bitte frag an der Theke nach.</translation>
    </message>
</context>
<context>
    <name>presso::AddDeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new device</source>
        <translation>Name des neuen Geräts</translation>
    </message>
    <message>
        <source>Show the code</source>
        <translation>Code anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Was für ein Gerät?</translation>
    </message>
    <message>
        <source>Its name</source>
        <translation>Sein Name</translation>
    </message>
    <message>
        <source>Add another device</source>
        <translation>Weiteres Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>On the new %1&apos;s setup screen, scan this code, or type the server&apos;s address and these 6 digits.</source>
        <translation>Scanne auf dem Einrichtungsbildschirm des neuen Geräts (%1) diesen Code oder gib die Adresse des Servers und diese 6 Ziffern ein.</translation>
    </message>
    <message>
        <source>for &quot;%1&quot; · %2 left</source>
        <translation>für „%1“ · noch %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is connected.</source>
        <translation>„%1“ ist verbunden.</translation>
    </message>
    <message>
        <source>The code ran out before a device used it.</source>
        <translation>Der Code ist abgelaufen, bevor ein Gerät ihn benutzt hat.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Add another device to make a new one.</source>
        <translation>Füge ein weiteres Gerät hinzu, um einen neuen zu erstellen.</translation>
    </message>
    <message>
        <source>Pairing code as a QR symbol</source>
        <translation>Kopplungscode als QR-Symbol</translation>
    </message>
</context>
<context>
    <name>presso::BaristaModel</name>
    <message>
        <source>Make</source>
        <translation>Zubereiten</translation>
    </message>
    <message>
        <source>Unmake</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 Nr. %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>presso::BaristaWindow</name>
    <message>
        <source>Close shop</source>
        <translation>Laden schließen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Making</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Shop open</source>
        <translation>Laden geöffnet</translation>
    </message>
    <message>
        <source>Shop closed</source>
        <translation>Laden geschlossen</translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation>Laden öffnen</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>All day:  %1</source>
        <translation>Heute gesamt:  %1</translation>
    </message>
    <message>
        <source>Close the shop?
New customers cannot order until you open it again.</source>
        <translation>Laden schließen?
Neue Gäste können erst wieder bestellen, wenn du ihn öffnest.</translation>
    </message>
    <message>
        <source>Cancel order #%1 for %2?
%3</source>
        <translation>Bestellung Nr. %1 für %2 stornieren?
%3</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>einen Gast</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
</context>
<context>
    <name>presso::BoardModel</name>
    <message>
        <source>Order %1, your %2 is ready</source>
        <translation>Bestellung %1, dein %2 ist fertig</translation>
    </message>
    <message>
        <source>Order %1, %2, your %3 is ready</source>
        <translation>Bestellung %1, %2, dein %3 ist fertig</translation>
    </message>
    <message numerus="yes">
        <source>Order now: ready in about %Ln minute(s)</source>
        <translation>
            <numerusform>Jetzt bestellen: fertig in etwa %Ln Minute</numerusform>
            <numerusform>Jetzt bestellen: fertig in etwa %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drinks are ready in about %Ln minute(s)</source>
        <translation>
            <numerusform>Getränke sind in etwa %Ln Minute fertig</numerusform>
            <numerusform>Getränke sind in etwa %Ln Minuten fertig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>presso::BoardView</name>
    <message>
        <source>Order board</source>
        <translation>Bestellanzeige</translation>
    </message>
    <message>
        <source>Connecting to the shop…</source>
        <translation>Verbindung zum Laden wird hergestellt…</translation>
    </message>
    <message>
        <source>The shop is not taking orders right now</source>
        <translation>Der Laden nimmt gerade keine Bestellungen an</translation>
    </message>
    <message>
        <source>Please come back a little later</source>
        <translation>Bitte komm etwas später wieder</translation>
    </message>
    <message>
        <source>Scan to order</source>
        <translation>Scannen und bestellen</translation>
    </message>
    <message>
        <source>We are making drinks!</source>
        <translation>Wir bereiten Getränke zu!</translation>
    </message>
    <message>
        <source>Scan with your phone, or at the kiosk</source>
        <translation>Mit dem Handy scannen oder am Kiosk</translation>
    </message>
    <message>
        <source>Hold the kiosk&apos;s camera up to this code</source>
        <translation>Halte die Kamera des Kiosks vor diesen Code</translation>
    </message>
    <message>
        <source>This code is about to change</source>
        <translation>Dieser Code wechselt gleich</translation>
    </message>
    <message>
        <source>This code&apos;s drinks are all taken</source>
        <translation>Alle Getränke dieses Codes sind vergeben</translation>
    </message>
    <message>
        <source>or type the code  %1</source>
        <translation>oder gib den Code ein:  %1</translation>
    </message>
    <message>
        <source>New orders in %1</source>
        <translation>Neue Bestellungen in %1</translation>
    </message>
    <message>
        <source>A new code is on its way</source>
        <translation>Ein neuer Code ist unterwegs</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>In Zubereitung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Making</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Nothing waiting to be picked up</source>
        <translation>Nichts wartet auf Abholung</translation>
    </message>
    <message>
        <source>No orders in the queue</source>
        <translation>Keine Bestellungen in der Warteschlange</translation>
    </message>
    <message numerus="yes">
        <source>%Ln drink(s) remaining</source>
        <translation>
            <numerusform>Noch %Ln Getränk</numerusform>
            <numerusform>Noch %Ln Getränke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more</source>
        <translation>
            <numerusform>+ %Ln weitere</numerusform>
            <numerusform>+ %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>presso::CameraFrameSource</name>
    <message>
        <source>No camera found on this kiosk: type the code below</source>
        <translation>Keine Kamera an diesem Kiosk gefunden: Gib den Code unten ein</translation>
    </message>
    <message>
        <source>The camera does not work (%1): type the code below</source>
        <translation>Die Kamera funktioniert nicht (%1): Gib den Code unten ein</translation>
    </message>
</context>
<context>
    <name>presso::CodeKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Keyboard for the code</source>
        <translation>Tastatur für den Code</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>presso::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
</context>
<context>
    <name>presso::ConnectionStatus</name>
    <message>
        <source>Reconnecting to the shop server…</source>
        <translation>Verbindung zum Ladenserver wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Shop server %1 is not answering. Trying %2…</source>
        <translation>Ladenserver %1 antwortet nicht. Versuche %2…</translation>
    </message>
    <message>
        <source>Now connected to shop server %1</source>
        <translation>Jetzt mit Ladenserver %1 verbunden</translation>
    </message>
</context>
<context>
    <name>presso::KioskController</name>
    <message>
        <source>Sorry, that drink has just sold out. Please choose another.</source>
        <translation>Leider ist dieses Getränk gerade ausverkauft. Bitte wähle ein anderes.</translation>
    </message>
    <message>
        <source>Your 5 minutes to order ran out, so the order was not placed. Scan the code on the TV to start again.</source>
        <translation>Deine 5 Minuten zum Bestellen sind abgelaufen, die Bestellung wurde nicht aufgegeben. Scanne den Code auf dem Bildschirm, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>That code has expired. Scan the code on the TV now.</source>
        <translation>Dieser Code ist abgelaufen. Scanne jetzt den Code auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>This code&apos;s drinks are all taken. A new code appears in %1.</source>
        <translation>Alle Getränke dieses Codes sind vergeben. Ein neuer Code erscheint in %1.</translation>
    </message>
    <message>
        <source>Sorry, the shop is not taking orders right now.</source>
        <translation>Leider nimmt der Laden gerade keine Bestellungen an.</translation>
    </message>
    <message>
        <source>Too many orders right now. Please try again in a few minutes.</source>
        <translation>Gerade gibt es zu viele Bestellungen. Bitte versuch es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <source>Your time to order ran out. Scan the code on the TV to start again.</source>
        <translation>Deine Zeit zum Bestellen ist abgelaufen. Scanne den Code auf dem Bildschirm, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>That is not a presso code. Scan the code on the TV.</source>
        <translation>Das ist kein presso-Code. Scanne den Code auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>presso::KioskWindow</name>
    <message>
        <source>Scan the QR code on the TV</source>
        <translation>Scanne den QR-Code auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Hold the code inside this frame</source>
        <translation>Halte den Code in diesen Rahmen</translation>
    </message>
    <message>
        <source>No camera on this kiosk: type the code below</source>
        <translation>Keine Kamera an diesem Kiosk: Gib den Code unten ein</translation>
    </message>
    <message>
        <source>Code from the TV</source>
        <translation>Code vom Bildschirm</translation>
    </message>
    <message>
        <source>or type the code shown under it</source>
        <translation>oder gib den Code darunter ein</translation>
    </message>
    <message>
        <source>Start my order</source>
        <translation>Bestellung beginnen</translation>
    </message>
    <message>
        <source>No luck? Type the code instead</source>
        <translation>Klappt nicht? Gib den Code ein</translation>
    </message>
    <message>
        <source>Choose your drink</source>
        <translation>Wähle dein Getränk</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Dein Vorname</translation>
    </message>
    <message>
        <source>Your first name, for the board</source>
        <translation>Dein Vorname für die Anzeige</translation>
    </message>
    <message>
        <source>Order now</source>
        <translation>Jetzt bestellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel my order</source>
        <translation>Meine Bestellung stornieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Follow your order on your phone</source>
        <translation>Verfolge deine Bestellung auf dem Handy</translation>
    </message>
    <message>
        <source>%1, sold out</source>
        <translation>%1, ausverkauft</translation>
    </message>
    <message>
        <source>%1
Sold out</source>
        <translation>%1
Ausverkauft</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Einen Moment…</translation>
    </message>
    <message>
        <source>Tap a drink</source>
        <translation>Tippe auf ein Getränk</translation>
    </message>
    <message>
        <source>%1 left to order</source>
        <translation>Noch %1 zum Bestellen</translation>
    </message>
</context>
<context>
    <name>presso::OrderCard</name>
    <message>
        <source>%1 order</source>
        <translation>Bestellung: %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · noch %1</translation>
    </message>
    <message>
        <source>ready · leaves in %1</source>
        <translation>fertig · verschwindet in %1</translation>
    </message>
</context>
<context>
    <name>presso::PairingModel</name>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>TV display</source>
        <translation>TV-Anzeige</translation>
    </message>
    <message>
        <source>Barista tablet</source>
        <translation>Barista-Tablet</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>Give the new device a name</source>
        <translation>Gib dem neuen Gerät einen Namen</translation>
    </message>
</context>
<context>
    <name>presso::PairingScanView</name>
    <message>
        <source>Hold the code up to the camera</source>
        <translation>Halte den Code vor die Kamera</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
</context>
<context>
    <name>presso::RefusedScreen</name>
    <message>
        <source>presso %1</source>
        <translation>presso %1</translation>
    </message>
    <message>
        <source>This %1 cannot connect</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Set up this device again</source>
        <translation>Dieses Gerät neu einrichten</translation>
    </message>
</context>
<context>
    <name>presso::SetupDialog</name>
    <message>
        <source>Set up this %1</source>
        <translation>Einrichten: %1</translation>
    </message>
    <message>
        <source>On the barista&apos;s tablet: Shop, then Add a device, then %1. Type the server&apos;s address and the 6-digit code it shows. A shop with several servers: type their addresses with commas between them.</source>
        <translation>Auf dem Barista-Tablet: Laden, dann Gerät hinzufügen, dann %1. Gib die Adresse des Servers und den angezeigten 6-stelligen Code ein. Ein Laden mit mehreren Servern: Gib ihre Adressen durch Kommas getrennt ein.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Hold the code on the barista&apos;s screen up to the camera:</source>
        <translation>Halte den Code vom Bildschirm des Baristas vor die Kamera:</translation>
    </message>
    <message>
        <source>On the barista&apos;s tablet: Shop, then Add a device, then %1. Scan the code it shows, or type the server&apos;s address (several: commas between them) and the 6 digits.</source>
        <translation>Auf dem Barista-Tablet: Laden, dann Gerät hinzufügen, dann %1. Scanne den angezeigten Code oder gib die Adresse des Servers (mehrere: durch Kommas getrennt) und die 6 Ziffern ein.</translation>
    </message>
    <message>
        <source>That is not a pairing code. Scan the code under Add a device on the barista&apos;s tablet.</source>
        <translation>Das ist kein Kopplungscode. Scanne den Code unter „Gerät hinzufügen“ auf dem Barista-Tablet.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example 192.168.1.10:8770</source>
        <translation>Gib die Adresse des Servers ein, zum Beispiel 192.168.1.10:8770</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server&apos;s address. Type it as 192.168.1.10:8770; put commas between several.</source>
        <translation>„%1“ ist keine Serveradresse. Gib sie so ein: 192.168.1.10:8770; mehrere durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Type the 6 digits of the pairing code</source>
        <translation>Gib die 6 Ziffern des Kopplungscodes ein</translation>
    </message>
</context>
<context>
    <name>presso::ShopPage</name>
    <message>
        <source>Chime on each new order</source>
        <translation>Signalton bei jeder neuen Bestellung</translation>
    </message>
    <message>
        <source>Print a ticket on Make</source>
        <translation>Bon drucken bei „Zubereiten“</translation>
    </message>
    <message>
        <source>80 mm receipt paper</source>
        <translation>80-mm-Bonpapier</translation>
    </message>
    <message>
        <source>58 mm receipt paper</source>
        <translation>58-mm-Bonpapier</translation>
    </message>
    <message>
        <source>Tickets to PDF files</source>
        <translation>Bons als PDF-Dateien</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Drucker: %1</translation>
    </message>
    <message>
        <source>Printer: %1 (not found)</source>
        <translation>Drucker: %1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation>Bondrucker</translation>
    </message>
    <message>
        <source>On the menu</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Heute gesamt</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>Dieses Tablet</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>%1 — sold out</source>
        <translation>%1 – ausverkauft</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nichts offen</translation>
    </message>
</context>
<context>
    <name>presso::TodayPage</name>
    <message>
        <source>Orders per hour</source>
        <translation>Bestellungen pro Stunde</translation>
    </message>
    <message>
        <source>Minutes to make</source>
        <translation>Minuten bis fertig</translation>
    </message>
    <message>
        <source>Drinks by type</source>
        <translation>Getränke nach Sorte</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln order(s), %L1 ready, %L2 cancelled, %L3 timed out</source>
        <translation>
            <numerusform>Heute: %Ln Bestellung, %L1 fertig, %L2 storniert, %L3 abgelaufen</numerusform>
            <numerusform>Heute: %Ln Bestellungen, %L1 fertig, %L2 storniert, %L3 abgelaufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <source>Order · presso</source>
        <translation>Bestellen · presso</translation>
    </message>
    <message>
        <source>Ready! #{number} · presso</source>
        <translation>Fertig! Nr. {number} · presso</translation>
    </message>
    <message>
        <source>#{number} · presso</source>
        <translation>Nr. {number} · presso</translation>
    </message>
    <message>
        <source>Connecting to the shop…</source>
        <translation>Verbindung zum Laden wird hergestellt…</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Verbindung verloren. Verbinde erneut…</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Einen Moment…</translation>
    </message>
    <message>
        <source>Scan the code on the TV</source>
        <translation>Scanne den Code auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Point your phone’s camera at the QR code on the TV to start an order.</source>
        <translation>Richte die Kamera deines Handys auf den QR-Code auf dem Bildschirm, um eine Bestellung zu beginnen.</translation>
    </message>
    <message>
        <source>To order another drink, scan the code on the TV again.</source>
        <translation>Für ein weiteres Getränk scanne den Code auf dem Bildschirm noch einmal.</translation>
    </message>
    <message>
        <source>Choose your drink</source>
        <translation>Wähle dein Getränk</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>{drink}, sold out</source>
        <translation>{drink}, ausverkauft</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Dein Vorname</translation>
    </message>
    <message>
        <source>For the board, so you know it is yours.</source>
        <translation>Für die Anzeige, damit du weißt, dass es deins ist.</translation>
    </message>
    <message>
        <source>Order now</source>
        <translation>Jetzt bestellen</translation>
    </message>
    <message>
        <source>Ordering…</source>
        <translation>Wird bestellt…</translation>
    </message>
    <message>
        <source>Tap a drink first.</source>
        <translation>Tippe zuerst auf ein Getränk.</translation>
    </message>
    <message>
        <source>{time} left to order</source>
        <translation>Noch {time} zum Bestellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Order #{number} is in the queue</source>
        <translation>Bestellung Nr. {number} ist in der Warteschlange</translation>
    </message>
    <message>
        <source>Yours is the next drink.</source>
        <translation>Dein Getränk ist als Nächstes dran.</translation>
    </message>
    <message>
        <source>{ahead} drinks before yours.</source>
        <translation>Noch {ahead} Getränke vor deinem.</translation>
    </message>
    <message>
        <source>1 drink before yours.</source>
        <translation>Noch 1 Getränk vor deinem.</translation>
    </message>
    <message>
        <source>Ready in about {minutes} minutes.</source>
        <translation>Fertig in etwa {minutes} Minuten.</translation>
    </message>
    <message>
        <source>Ready in about 1 minute.</source>
        <translation>Fertig in etwa 1 Minute.</translation>
    </message>
    <message>
        <source>{drink} for {name}.</source>
        <translation>{drink} für {name}.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>dich</translation>
    </message>
    <message>
        <source>Keep this page open: it tells you when your drink is ready.</source>
        <translation>Lass diese Seite offen: Sie sagt dir, wenn dein Getränk fertig ist.</translation>
    </message>
    <message>
        <source>Tell me when it is ready</source>
        <translation>Sag mir Bescheid, wenn es fertig ist</translation>
    </message>
    <message>
        <source>Order #{number} is being made</source>
        <translation>Bestellung Nr. {number} wird zubereitet</translation>
    </message>
    <message>
        <source>A barista is making your {drink} now.</source>
        <translation>Gerade bereitet ein Barista deinen {drink} zu.</translation>
    </message>
    <message>
        <source>Ready!</source>
        <translation>Fertig!</translation>
    </message>
    <message>
        <source>Order #{number}: collect your {drink} at the counter.</source>
        <translation>Bestellung Nr. {number}: Hol deinen {drink} an der Theke ab.</translation>
    </message>
    <message>
        <source>Order #{number} is ready</source>
        <translation>Bestellung Nr. {number} ist fertig</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Bestellung storniert</translation>
    </message>
    <message>
        <source>You cancelled this order. Nothing to pay, nothing to collect.</source>
        <translation>Du hast diese Bestellung storniert. Nichts zu bezahlen, nichts abzuholen.</translation>
    </message>
    <message>
        <source>Sorry, the barista had to cancel this order. Please ask at the counter.</source>
        <translation>Leider musste der Barista diese Bestellung stornieren. Bitte frag an der Theke nach.</translation>
    </message>
    <message>
        <source>Sorry, we ran out of time</source>
        <translation>Leider hat die Zeit nicht gereicht</translation>
    </message>
    <message>
        <source>Your order could not be made in time. Please ask at the counter.</source>
        <translation>Deine Bestellung konnte nicht rechtzeitig zubereitet werden. Bitte frag an der Theke nach.</translation>
    </message>
    <message>
        <source>Order not placed</source>
        <translation>Bestellung nicht aufgegeben</translation>
    </message>
    <message>
        <source>Cancel my order</source>
        <translation>Meine Bestellung stornieren</translation>
    </message>
    <message>
        <source>Cancel this order?</source>
        <translation>Diese Bestellung stornieren?</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Ja, stornieren</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nein, behalten</translation>
    </message>
    <message>
        <source>The barista has already started your drink, so it cannot be cancelled now.</source>
        <translation>Der Barista bereitet dein Getränk schon zu, deshalb kann es jetzt nicht mehr storniert werden.</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>That code has expired. Scan the code on the TV now.</source>
        <translation>Dieser Code ist abgelaufen. Scanne jetzt den Code auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>This code’s drinks are all taken. A new code appears in {time}.</source>
        <translation>Alle Getränke dieses Codes sind vergeben. Ein neuer Code erscheint in {time}.</translation>
    </message>
    <message>
        <source>Sorry, the shop is not taking orders right now.</source>
        <translation>Leider nimmt der Laden gerade keine Bestellungen an.</translation>
    </message>
    <message>
        <source>Sorry, no barista is on duty right now. Please try again in a few minutes.</source>
        <translation>Leider ist gerade kein Barista im Dienst. Bitte versuch es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <source>Too many orders right now. Please try again in a few minutes.</source>
        <translation>Gerade gibt es zu viele Bestellungen. Bitte versuch es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <source>Your 5 minutes to order ran out, so the order was not placed. Scan the code on the TV to start again.</source>
        <translation>Deine 5 Minuten zum Bestellen sind abgelaufen, die Bestellung wurde nicht aufgegeben. Scanne den Code auf dem Bildschirm, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>You already have an order open. Here it is.</source>
        <translation>Du hast schon eine offene Bestellung. Hier ist sie.</translation>
    </message>
    <message>
        <source>Too many tries from this network. Please wait a minute, then scan the code again.</source>
        <translation>Zu viele Versuche aus diesem Netz. Bitte warte eine Minute und scanne den Code dann noch einmal.</translation>
    </message>
    <message>
        <source>Ordering from a phone is switched off here. Please order at the kiosk.</source>
        <translation>Bestellen per Handy ist hier ausgeschaltet. Bitte bestell am Kiosk.</translation>
    </message>
    <message>
        <source>This link does not match an order. Please ask at the counter.</source>
        <translation>Dieser Link passt zu keiner Bestellung. Bitte frag an der Theke nach.</translation>
    </message>
    <message>
        <source>The shop is very busy. Trying again…</source>
        <translation>Im Laden ist gerade viel los. Neuer Versuch…</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>Etwas ist schiefgelaufen: {message}</translation>
    </message>
</context>
</TS>
