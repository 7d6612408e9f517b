<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Too many wrong codes were tried from this device. Wait a minute, then set it up again with a new code.</source>
        <translation>Se han probado demasiados códigos incorrectos desde este dispositivo. Espera un minuto y vuelve a configurarlo con un código nuevo.</translation>
    </message>
    <message>
        <source>That code is for another kind of device: this is the %1. Make a code for a %1 on the barista&apos;s Shop page.</source>
        <translation>Ese código es para otro tipo de dispositivo. Este dispositivo es: %1. Crea un código para «%1» en la página Tienda de la tableta del barista.</translation>
    </message>
    <message>
        <source>The code is wrong, already used, or more than 10 minutes old. Make a new one on the barista&apos;s Shop page (Add a device).</source>
        <translation>El código es incorrecto, ya se usó o tiene más de 10 minutos. Crea uno nuevo en la página Tienda del barista (Añadir un dispositivo).</translation>
    </message>
    <message>
        <source>This device was set up as another kind of device, not as the %1. Set it up again with a code for a %1.</source>
        <translation>Este dispositivo se configuró como otro tipo de dispositivo, no como %1. Vuelve a configurarlo con un código para «%1».</translation>
    </message>
    <message>
        <source>The server does not know this device: it was removed, or set up for another server. Set it up again with a new code.</source>
        <translation>El servidor no conoce este dispositivo: se eliminó o se configuró para otro servidor. Vuelve a configurarlo con un código nuevo.</translation>
    </message>
    <message>
        <source>This app and the server do not understand each other (%1). Update presso on this device or on the server.</source>
        <translation>Esta aplicación y el servidor no se entienden (%1). Actualiza presso en este dispositivo o en el servidor.</translation>
    </message>
    <message>
        <source>The server refused this device: %1</source>
        <translation>El servidor rechazó este dispositivo: %1</translation>
    </message>
    <message>
        <source>display</source>
        <translation>pantalla</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>quiosco</translation>
    </message>
    <message>
        <source>barista</source>
        <translation>tableta del barista</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>Yours is the next drink.</source>
        <translation>La tuya es la próxima bebida.</translation>
    </message>
    <message numerus="yes">
        <source>%n drink(s) before yours.</source>
        <translation>
            <numerusform>%n bebida antes de la tuya.</numerusform>
            <numerusform>%n bebidas antes de la tuya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order #%1 is in the queue</source>
        <translation>El pedido n.º %1 está en la cola</translation>
    </message>
    <message>
        <source>%1 for %2. Watch the TV: your number moves to Ready.</source>
        <translation>%1 para %2. Mira la pantalla: tu número pasará a «Listo».</translation>
    </message>
    <message>
        <source>you</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Order #%1 is being made</source>
        <translation>Estamos preparando el pedido n.º %1</translation>
    </message>
    <message>
        <source>A barista is making your %1 now.</source>
        <translation>Un barista está preparando tu %1 ahora mismo.</translation>
    </message>
    <message>
        <source>Ready for collection!</source>
        <translation>¡Listo para recoger!</translation>
    </message>
    <message>
        <source>Order #%1: collect your %2 at the counter.</source>
        <translation>Pedido n.º %1: recoge tu %2 en la barra.</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Pedido cancelado</translation>
    </message>
    <message>
        <source>You cancelled this order. Nothing to pay, nothing to collect.</source>
        <translation>Has cancelado este pedido. No hay nada que pagar ni que recoger.</translation>
    </message>
    <message>
        <source>Sorry, the barista had to cancel this order. Please ask at the counter.</source>
        <translation>Lo sentimos, el barista tuvo que cancelar este pedido. Pregunta en la barra, por favor.</translation>
    </message>
    <message>
        <source>Sorry, we ran out of time</source>
        <translation>Lo sentimos, se nos acabó el tiempo</translation>
    </message>
    <message>
        <source>Your order could not be made in time. Please ask at the counter.</source>
        <translation>No pudimos preparar tu pedido a tiempo. Pregunta en la barra, por favor.</translation>
    </message>
</context>
<context>
    <name>presso::AddDeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation>Añadir un dispositivo</translation>
    </message>
    <message>
        <source>Name of the new device</source>
        <translation>Nombre del nuevo dispositivo</translation>
    </message>
    <message>
        <source>Show the code</source>
        <translation>Mostrar el código</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>¿Qué es?</translation>
    </message>
    <message>
        <source>Its name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Add another device</source>
        <translation>Añadir otro dispositivo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>On the new %1&apos;s setup screen, scan this code, or type the server&apos;s address and these 6 digits.</source>
        <translation>En la pantalla de configuración del nuevo dispositivo (%1), escanea este código o escribe la dirección del servidor y estos 6 dígitos.</translation>
    </message>
    <message>
        <source>for &quot;%1&quot; · %2 left</source>
        <translation>para «%1» · quedan %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is connected.</source>
        <translation>«%1» está conectado.</translation>
    </message>
    <message>
        <source>The code ran out before a device used it.</source>
        <translation>El código caducó antes de que un dispositivo lo usara.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Add another device to make a new one.</source>
        <translation>Añade otro dispositivo para crear uno nuevo.</translation>
    </message>
    <message>
        <source>Pairing code as a QR symbol</source>
        <translation>Código de emparejamiento como símbolo QR</translation>
    </message>
</context>
<context>
    <name>presso::BaristaModel</name>
    <message>
        <source>Make</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <source>Unmake</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n.º %2</translation>
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
        <translation>Cerrar la tienda</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Making</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listos</translation>
    </message>
    <message>
        <source>Shop open</source>
        <translation>Tienda abierta</translation>
    </message>
    <message>
        <source>Shop closed</source>
        <translation>Tienda cerrada</translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation>Abrir la tienda</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>All day:  %1</source>
        <translation>En todo el día:  %1</translation>
    </message>
    <message>
        <source>Close the shop?
New customers cannot order until you open it again.</source>
        <translation>¿Cerrar la tienda?
Los nuevos clientes no podrán pedir hasta que la vuelvas a abrir.</translation>
    </message>
    <message>
        <source>Cancel order #%1 for %2?
%3</source>
        <translation>¿Cancelar el pedido n.º %1 de %2?
%3</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>un cliente</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
</context>
<context>
    <name>presso::BoardModel</name>
    <message>
        <source>Order %1, your %2 is ready</source>
        <translation>Pedido %1, tu %2 está listo</translation>
    </message>
    <message>
        <source>Order %1, %2, your %3 is ready</source>
        <translation>Pedido %1, %2, tu %3 está listo</translation>
    </message>
    <message numerus="yes">
        <source>Order now: ready in about %Ln minute(s)</source>
        <translation>
            <numerusform>Pide ya: listo en unos %Ln minuto</numerusform>
            <numerusform>Pide ya: listo en unos %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drinks are ready in about %Ln minute(s)</source>
        <translation>
            <numerusform>Las bebidas están listas en unos %Ln minuto</numerusform>
            <numerusform>Las bebidas están listas en unos %Ln minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>presso::BoardView</name>
    <message>
        <source>Order board</source>
        <translation>Tablero de pedidos</translation>
    </message>
    <message>
        <source>Connecting to the shop…</source>
        <translation>Conectando con la tienda…</translation>
    </message>
    <message>
        <source>The shop is not taking orders right now</source>
        <translation>La tienda no acepta pedidos en este momento</translation>
    </message>
    <message>
        <source>Please come back a little later</source>
        <translation>Vuelve un poco más tarde, por favor</translation>
    </message>
    <message>
        <source>Scan to order</source>
        <translation>Escanea para pedir</translation>
    </message>
    <message>
        <source>We are making drinks!</source>
        <translation>¡Estamos preparando bebidas!</translation>
    </message>
    <message>
        <source>Scan with your phone, or at the kiosk</source>
        <translation>Escanea con tu móvil o en el quiosco</translation>
    </message>
    <message>
        <source>Hold the kiosk&apos;s camera up to this code</source>
        <translation>Acerca la cámara del quiosco a este código</translation>
    </message>
    <message>
        <source>This code is about to change</source>
        <translation>Este código va a cambiar enseguida</translation>
    </message>
    <message>
        <source>This code&apos;s drinks are all taken</source>
        <translation>Las bebidas de este código se han agotado</translation>
    </message>
    <message>
        <source>or type the code  %1</source>
        <translation>o escribe el código  %1</translation>
    </message>
    <message>
        <source>New orders in %1</source>
        <translation>Nuevos pedidos en %1</translation>
    </message>
    <message>
        <source>A new code is on its way</source>
        <translation>Ya viene un código nuevo</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Making</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Nothing waiting to be picked up</source>
        <translation>Nada pendiente de recoger</translation>
    </message>
    <message>
        <source>No orders in the queue</source>
        <translation>No hay pedidos en la cola</translation>
    </message>
    <message numerus="yes">
        <source>%Ln drink(s) remaining</source>
        <translation>
            <numerusform>Queda %Ln bebida</numerusform>
            <numerusform>Quedan %Ln bebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more</source>
        <translation>
            <numerusform>+ %Ln más</numerusform>
            <numerusform>+ %Ln más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>presso::CameraFrameSource</name>
    <message>
        <source>No camera found on this kiosk: type the code below</source>
        <translation>No se encontró ninguna cámara en este quiosco: escribe el código abajo</translation>
    </message>
    <message>
        <source>The camera does not work (%1): type the code below</source>
        <translation>La cámara no funciona (%1): escribe el código abajo</translation>
    </message>
</context>
<context>
    <name>presso::CodeKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Keyboard for the code</source>
        <translation>Teclado para el código</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>presso::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
</context>
<context>
    <name>presso::ConnectionStatus</name>
    <message>
        <source>Reconnecting to the shop server…</source>
        <translation>Reconectando con el servidor de la tienda…</translation>
    </message>
    <message>
        <source>Shop server %1 is not answering. Trying %2…</source>
        <translation>El servidor %1 de la tienda no responde. Probando %2…</translation>
    </message>
    <message>
        <source>Now connected to shop server %1</source>
        <translation>Conectado ahora al servidor %1 de la tienda</translation>
    </message>
</context>
<context>
    <name>presso::KioskController</name>
    <message>
        <source>Sorry, that drink has just sold out. Please choose another.</source>
        <translation>Lo sentimos, esa bebida se acaba de agotar. Elige otra, por favor.</translation>
    </message>
    <message>
        <source>Your 5 minutes to order ran out, so the order was not placed. Scan the code on the TV to start again.</source>
        <translation>Se acabaron tus 5 minutos para pedir, así que el pedido no se hizo. Escanea el código de la pantalla para empezar de nuevo.</translation>
    </message>
    <message>
        <source>That code has expired. Scan the code on the TV now.</source>
        <translation>Ese código ha caducado. Escanea ahora el código de la pantalla.</translation>
    </message>
    <message>
        <source>This code&apos;s drinks are all taken. A new code appears in %1.</source>
        <translation>Las bebidas de este código se han agotado. Aparecerá un código nuevo en %1.</translation>
    </message>
    <message>
        <source>Sorry, the shop is not taking orders right now.</source>
        <translation>Lo sentimos, la tienda no acepta pedidos en este momento.</translation>
    </message>
    <message>
        <source>Too many orders right now. Please try again in a few minutes.</source>
        <translation>Hay demasiados pedidos ahora mismo. Inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>Your time to order ran out. Scan the code on the TV to start again.</source>
        <translation>Se acabó tu tiempo para pedir. Escanea el código de la pantalla para empezar de nuevo.</translation>
    </message>
    <message>
        <source>That is not a presso code. Scan the code on the TV.</source>
        <translation>Ese no es un código de presso. Escanea el código de la pantalla.</translation>
    </message>
</context>
<context>
    <name>presso::KioskWindow</name>
    <message>
        <source>Scan the QR code on the TV</source>
        <translation>Escanea el código QR de la pantalla</translation>
    </message>
    <message>
        <source>Hold the code inside this frame</source>
        <translation>Coloca el código dentro de este marco</translation>
    </message>
    <message>
        <source>No camera on this kiosk: type the code below</source>
        <translation>Este quiosco no tiene cámara: escribe el código abajo</translation>
    </message>
    <message>
        <source>Code from the TV</source>
        <translation>Código de la pantalla</translation>
    </message>
    <message>
        <source>or type the code shown under it</source>
        <translation>o escribe el código que aparece debajo</translation>
    </message>
    <message>
        <source>Start my order</source>
        <translation>Empezar mi pedido</translation>
    </message>
    <message>
        <source>No luck? Type the code instead</source>
        <translation>¿No funciona? Escribe el código</translation>
    </message>
    <message>
        <source>Choose your drink</source>
        <translation>Elige tu bebida</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your first name, for the board</source>
        <translation>Tu nombre, para el tablero</translation>
    </message>
    <message>
        <source>Order now</source>
        <translation>Pedir ya</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel my order</source>
        <translation>Cancelar mi pedido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Follow your order on your phone</source>
        <translation>Sigue tu pedido en el móvil</translation>
    </message>
    <message>
        <source>%1, sold out</source>
        <translation>%1, agotado</translation>
    </message>
    <message>
        <source>%1
Sold out</source>
        <translation>%1
Agotado</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <source>Tap a drink</source>
        <translation>Toca una bebida</translation>
    </message>
    <message>
        <source>%1 left to order</source>
        <translation>Quedan %1 para pedir</translation>
    </message>
</context>
<context>
    <name>presso::OrderCard</name>
    <message>
        <source>%1 order</source>
        <translation>Pedido: %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · quedan %1</translation>
    </message>
    <message>
        <source>ready · leaves in %1</source>
        <translation>listo · se quita en %1</translation>
    </message>
</context>
<context>
    <name>presso::PairingModel</name>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>TV display</source>
        <translation>Pantalla de TV</translation>
    </message>
    <message>
        <source>Barista tablet</source>
        <translation>Tableta del barista</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Give the new device a name</source>
        <translation>Ponle un nombre al nuevo dispositivo</translation>
    </message>
</context>
<context>
    <name>presso::PairingScanView</name>
    <message>
        <source>Hold the code up to the camera</source>
        <translation>Acerca el código a la cámara</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
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
        <translation>No se puede conectar: %1</translation>
    </message>
    <message>
        <source>Set up this device again</source>
        <translation>Volver a configurar este dispositivo</translation>
    </message>
</context>
<context>
    <name>presso::SetupDialog</name>
    <message>
        <source>Set up this %1</source>
        <translation>Configurar: %1</translation>
    </message>
    <message>
        <source>On the barista&apos;s tablet: Shop, then Add a device, then %1. Type the server&apos;s address and the 6-digit code it shows. A shop with several servers: type their addresses with commas between them.</source>
        <translation>En la tableta del barista: Tienda, luego Añadir un dispositivo, luego %1. Escribe la dirección del servidor y el código de 6 dígitos que aparece. Una tienda con varios servidores: escribe sus direcciones separadas por comas.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de emparejamiento</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Hold the code on the barista&apos;s screen up to the camera:</source>
        <translation>Acerca a la cámara el código de la pantalla del barista:</translation>
    </message>
    <message>
        <source>On the barista&apos;s tablet: Shop, then Add a device, then %1. Scan the code it shows, or type the server&apos;s address (several: commas between them) and the 6 digits.</source>
        <translation>En la tableta del barista: Tienda, luego Añadir un dispositivo, luego %1. Escanea el código que aparece o escribe la dirección del servidor (varias: separadas por comas) y los 6 dígitos.</translation>
    </message>
    <message>
        <source>That is not a pairing code. Scan the code under Add a device on the barista&apos;s tablet.</source>
        <translation>Ese no es un código de emparejamiento. Escanea el código de Añadir un dispositivo en la tableta del barista.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example 192.168.1.10:8770</source>
        <translation>Escribe la dirección del servidor, por ejemplo 192.168.1.10:8770</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server&apos;s address. Type it as 192.168.1.10:8770; put commas between several.</source>
        <translation>«%1» no es la dirección de un servidor. Escríbela así: 192.168.1.10:8770; si son varias, sepáralas con comas.</translation>
    </message>
    <message>
        <source>Type the 6 digits of the pairing code</source>
        <translation>Escribe los 6 dígitos del código de emparejamiento</translation>
    </message>
</context>
<context>
    <name>presso::ShopPage</name>
    <message>
        <source>Chime on each new order</source>
        <translation>Aviso sonoro con cada pedido nuevo</translation>
    </message>
    <message>
        <source>Print a ticket on Make</source>
        <translation>Imprimir un tique al preparar</translation>
    </message>
    <message>
        <source>80 mm receipt paper</source>
        <translation>Papel de tique de 80 mm</translation>
    </message>
    <message>
        <source>58 mm receipt paper</source>
        <translation>Papel de tique de 58 mm</translation>
    </message>
    <message>
        <source>Tickets to PDF files</source>
        <translation>Tiques en archivos PDF</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Impresora: %1</translation>
    </message>
    <message>
        <source>Printer: %1 (not found)</source>
        <translation>Impresora: %1 (no encontrada)</translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation>Impresora de tiques</translation>
    </message>
    <message>
        <source>On the menu</source>
        <translation>En la carta</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>En todo el día</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>Esta tableta</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Añadir un dispositivo</translation>
    </message>
    <message>
        <source>%1 — sold out</source>
        <translation>%1 — agotado</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nada pendiente</translation>
    </message>
</context>
<context>
    <name>presso::TodayPage</name>
    <message>
        <source>Orders per hour</source>
        <translation>Pedidos por hora</translation>
    </message>
    <message>
        <source>Minutes to make</source>
        <translation>Minutos de preparación</translation>
    </message>
    <message>
        <source>Drinks by type</source>
        <translation>Bebidas por tipo</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln order(s), %L1 ready, %L2 cancelled, %L3 timed out</source>
        <translation>
            <numerusform>Hoy: %Ln pedido, %L1 listos, %L2 cancelados, %L3 caducados</numerusform>
            <numerusform>Hoy: %Ln pedidos, %L1 listos, %L2 cancelados, %L3 caducados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <source>Order · presso</source>
        <translation>Pedir · presso</translation>
    </message>
    <message>
        <source>Ready! #{number} · presso</source>
        <translation>¡Listo! N.º {number} · presso</translation>
    </message>
    <message>
        <source>#{number} · presso</source>
        <translation>N.º {number} · presso</translation>
    </message>
    <message>
        <source>Connecting to the shop…</source>
        <translation>Conectando con la tienda…</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Se perdió la conexión. Reconectando…</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <source>Scan the code on the TV</source>
        <translation>Escanea el código de la pantalla</translation>
    </message>
    <message>
        <source>Point your phone’s camera at the QR code on the TV to start an order.</source>
        <translation>Apunta la cámara de tu móvil al código QR de la pantalla para empezar un pedido.</translation>
    </message>
    <message>
        <source>To order another drink, scan the code on the TV again.</source>
        <translation>Para pedir otra bebida, vuelve a escanear el código de la pantalla.</translation>
    </message>
    <message>
        <source>Choose your drink</source>
        <translation>Elige tu bebida</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>{drink}, sold out</source>
        <translation>{drink}, agotado</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>For the board, so you know it is yours.</source>
        <translation>Para el tablero, así sabrás que es el tuyo.</translation>
    </message>
    <message>
        <source>Order now</source>
        <translation>Pedir ya</translation>
    </message>
    <message>
        <source>Ordering…</source>
        <translation>Pidiendo…</translation>
    </message>
    <message>
        <source>Tap a drink first.</source>
        <translation>Primero toca una bebida.</translation>
    </message>
    <message>
        <source>{time} left to order</source>
        <translation>Quedan {time} para pedir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Order #{number} is in the queue</source>
        <translation>El pedido n.º {number} está en la cola</translation>
    </message>
    <message>
        <source>Yours is the next drink.</source>
        <translation>La tuya es la próxima bebida.</translation>
    </message>
    <message>
        <source>{ahead} drinks before yours.</source>
        <translation>{ahead} bebidas antes de la tuya.</translation>
    </message>
    <message>
        <source>1 drink before yours.</source>
        <translation>1 bebida antes de la tuya.</translation>
    </message>
    <message>
        <source>Ready in about {minutes} minutes.</source>
        <translation>Listo en unos {minutes} minutos.</translation>
    </message>
    <message>
        <source>Ready in about 1 minute.</source>
        <translation>Listo en más o menos 1 minuto.</translation>
    </message>
    <message>
        <source>{drink} for {name}.</source>
        <translation>{drink} para {name}.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Keep this page open: it tells you when your drink is ready.</source>
        <translation>Deja esta página abierta: te avisará cuando tu bebida esté lista.</translation>
    </message>
    <message>
        <source>Tell me when it is ready</source>
        <translation>Avísame cuando esté listo</translation>
    </message>
    <message>
        <source>Order #{number} is being made</source>
        <translation>Estamos preparando el pedido n.º {number}</translation>
    </message>
    <message>
        <source>A barista is making your {drink} now.</source>
        <translation>Un barista está preparando tu {drink} ahora mismo.</translation>
    </message>
    <message>
        <source>Ready!</source>
        <translation>¡Listo!</translation>
    </message>
    <message>
        <source>Order #{number}: collect your {drink} at the counter.</source>
        <translation>Pedido n.º {number}: recoge tu {drink} en la barra.</translation>
    </message>
    <message>
        <source>Order #{number} is ready</source>
        <translation>El pedido n.º {number} está listo</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Pedido cancelado</translation>
    </message>
    <message>
        <source>You cancelled this order. Nothing to pay, nothing to collect.</source>
        <translation>Has cancelado este pedido. No hay nada que pagar ni que recoger.</translation>
    </message>
    <message>
        <source>Sorry, the barista had to cancel this order. Please ask at the counter.</source>
        <translation>Lo sentimos, el barista tuvo que cancelar este pedido. Pregunta en la barra, por favor.</translation>
    </message>
    <message>
        <source>Sorry, we ran out of time</source>
        <translation>Lo sentimos, se nos acabó el tiempo</translation>
    </message>
    <message>
        <source>Your order could not be made in time. Please ask at the counter.</source>
        <translation>No pudimos preparar tu pedido a tiempo. Pregunta en la barra, por favor.</translation>
    </message>
    <message>
        <source>Order not placed</source>
        <translation>Pedido no realizado</translation>
    </message>
    <message>
        <source>Cancel my order</source>
        <translation>Cancelar mi pedido</translation>
    </message>
    <message>
        <source>Cancel this order?</source>
        <translation>¿Cancelar este pedido?</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Sí, cancélalo</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, mantenerlo</translation>
    </message>
    <message>
        <source>The barista has already started your drink, so it cannot be cancelled now.</source>
        <translation>El barista ya empezó tu bebida, así que ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>Lo sentimos</translation>
    </message>
    <message>
        <source>That code has expired. Scan the code on the TV now.</source>
        <translation>Ese código ha caducado. Escanea ahora el código de la pantalla.</translation>
    </message>
    <message>
        <source>This code’s drinks are all taken. A new code appears in {time}.</source>
        <translation>Las bebidas de este código se han agotado. Aparecerá un código nuevo en {time}.</translation>
    </message>
    <message>
        <source>Sorry, the shop is not taking orders right now.</source>
        <translation>Lo sentimos, la tienda no acepta pedidos en este momento.</translation>
    </message>
    <message>
        <source>Sorry, no barista is on duty right now. Please try again in a few minutes.</source>
        <translation>Lo sentimos, ahora mismo no hay ningún barista de turno. Inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>Too many orders right now. Please try again in a few minutes.</source>
        <translation>Hay demasiados pedidos ahora mismo. Inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>Your 5 minutes to order ran out, so the order was not placed. Scan the code on the TV to start again.</source>
        <translation>Se acabaron tus 5 minutos para pedir, así que el pedido no se hizo. Escanea el código de la pantalla para empezar de nuevo.</translation>
    </message>
    <message>
        <source>You already have an order open. Here it is.</source>
        <translation>Ya tienes un pedido abierto. Aquí está.</translation>
    </message>
    <message>
        <source>Too many tries from this network. Please wait a minute, then scan the code again.</source>
        <translation>Demasiados intentos desde esta red. Espera un minuto y vuelve a escanear el código.</translation>
    </message>
    <message>
        <source>Ordering from a phone is switched off here. Please order at the kiosk.</source>
        <translation>Aquí no se puede pedir desde el móvil. Pide en el quiosco, por favor.</translation>
    </message>
    <message>
        <source>This link does not match an order. Please ask at the counter.</source>
        <translation>Este enlace no corresponde a ningún pedido. Pregunta en la barra, por favor.</translation>
    </message>
    <message>
        <source>The shop is very busy. Trying again…</source>
        <translation>La tienda está muy ocupada. Volviendo a intentarlo…</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>Algo salió mal: {message}</translation>
    </message>
</context>
</TS>
