<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Too many wrong codes were tried from this device. Wait a minute, then set it up again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is for another kind of device: this is the %1. Make a code for a %1 on the barista&apos;s Shop page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is wrong, already used, or more than 10 minutes old. Make a new one on the barista&apos;s Shop page (Add a device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was set up as another kind of device, not as the %1. Set it up again with a code for a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this device: it was removed, or set up for another server. Set it up again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app and the server do not understand each other (%1). Update presso on this device or on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barista</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>Yours is the next drink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drink(s) before yours.</source>
        <translation>
            <numerusform>%n drink before yours.</numerusform>
            <numerusform>%n drinks before yours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order #%1 is in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2. Watch the TV: your number moves to Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 is being made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A barista is making your %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for collection!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1: collect your %2 at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled this order. Nothing to pay, nothing to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, the barista had to cancel this order. Please ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, we ran out of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order could not be made in time. Please ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::AddDeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the new %1&apos;s setup screen, scan this code, or type the server&apos;s address and these 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for &quot;%1&quot; · %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code ran out before a device used it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another device to make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing code as a QR symbol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::BaristaModel</name>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::BaristaWindow</name>
    <message>
        <source>Close shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shop?
New customers cannot order until you open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order #%1 for %2?
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::BoardModel</name>
    <message>
        <source>Order %1, your %2 is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1, %2, your %3 is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order now: ready in about %Ln minute(s)</source>
        <translation>
            <numerusform>Order now: ready in about %Ln minute</numerusform>
            <numerusform>Order now: ready in about %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drinks are ready in about %Ln minute(s)</source>
        <translation>
            <numerusform>Drinks are ready in about %Ln minute</numerusform>
            <numerusform>Drinks are ready in about %Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>presso::BoardView</name>
    <message>
        <source>Order board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is not taking orders right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please come back a little later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are making drinks!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with your phone, or at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the kiosk&apos;s camera up to this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is about to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code&apos;s drinks are all taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or type the code  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code is on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting to be picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln drink(s) remaining</source>
        <translation>
            <numerusform>%Ln drink remaining</numerusform>
            <numerusform>%Ln drinks remaining</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more</source>
        <translation>
            <numerusform>+ %Ln more</numerusform>
            <numerusform>+ %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>presso::CameraFrameSource</name>
    <message>
        <source>No camera found on this kiosk: type the code below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera does not work (%1): type the code below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::CodeKeyboard</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard for the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⌫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::ConnectionStatus</name>
    <message>
        <source>Reconnecting to the shop server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop server %1 is not answering. Trying %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now connected to shop server %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::KioskController</name>
    <message>
        <source>Sorry, that drink has just sold out. Please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your 5 minutes to order ran out, so the order was not placed. Scan the code on the TV to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code has expired. Scan the code on the TV now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code&apos;s drinks are all taken. A new code appears in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, the shop is not taking orders right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many orders right now. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time to order ran out. Scan the code on the TV to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a presso code. Scan the code on the TV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::KioskWindow</name>
    <message>
        <source>Scan the QR code on the TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the code inside this frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera on this kiosk: type the code below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or type the code shown under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No luck? Type the code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first name, for the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel my order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow your order on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left to order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::OrderCard</name>
    <message>
        <source>%1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready · leaves in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::PairingModel</name>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barista tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new device a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::PairingScanView</name>
    <message>
        <source>Hold the code up to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::RefusedScreen</name>
    <message>
        <source>presso %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this device again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::SetupDialog</name>
    <message>
        <source>Set up this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the barista&apos;s tablet: Shop, then Add a device, then %1. Type the server&apos;s address and the 6-digit code it shows. A shop with several servers: type their addresses with commas between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the code on the barista&apos;s screen up to the camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the barista&apos;s tablet: Shop, then Add a device, then %1. Scan the code it shows, or type the server&apos;s address (several: commas between them) and the 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a pairing code. Scan the code under Add a device on the barista&apos;s tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example 192.168.1.10:8770</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server&apos;s address. Type it as 192.168.1.10:8770; put commas between several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 6 digits of the pairing code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::ShopPage</name>
    <message>
        <source>Chime on each new order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a ticket on Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm receipt paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm receipt paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets to PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presso::TodayPage</name>
    <message>
        <source>Orders per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinks by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln order(s), %L1 ready, %L2 cancelled, %L3 timed out</source>
        <translation>
            <numerusform>Today: %Ln order, %L1 ready, %L2 cancelled, %L3 timed out</numerusform>
            <numerusform>Today: %Ln orders, %L1 ready, %L2 cancelled, %L3 timed out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <source>Order · presso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready! #{number} · presso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{number} · presso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code on the TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point your phone’s camera at the QR code on the TV to start an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To order another drink, scan the code on the TV again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drink}, sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the board, so you know it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a drink first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} is in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours is the next drink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ahead} drinks before yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 drink before yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready in about {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready in about 1 minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drink} for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this page open: it tells you when your drink is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} is being made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A barista is making your {drink} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number}: collect your {drink} at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled this order. Nothing to pay, nothing to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, the barista had to cancel this order. Please ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, we ran out of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order could not be made in time. Please ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel my order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barista has already started your drink, so it cannot be cancelled now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code has expired. Scan the code on the TV now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code’s drinks are all taken. A new code appears in {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, the shop is not taking orders right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, no barista is on duty right now. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many orders right now. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your 5 minutes to order ran out, so the order was not placed. Scan the code on the TV to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have an order open. Here it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many tries from this network. Please wait a minute, then scan the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering from a phone is switched off here. Please order at the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link does not match an order. Please ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is very busy. Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
