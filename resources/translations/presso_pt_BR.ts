<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Too many wrong codes were tried from this device. Wait a minute, then set it up again with a new code.</source>
        <translation>Foram tentados códigos errados demais neste dispositivo. Aguarde um minuto e configure-o de novo com um código novo.</translation>
    </message>
    <message>
        <source>That code is for another kind of device: this is the %1. Make a code for a %1 on the barista&apos;s Shop page.</source>
        <translation>Esse código é para outro tipo de dispositivo. Este dispositivo é: %1. Gere um código para “%1” na página Loja do tablet do barista.</translation>
    </message>
    <message>
        <source>The code is wrong, already used, or more than 10 minutes old. Make a new one on the barista&apos;s Shop page (Add a device).</source>
        <translation>O código está errado, já foi usado ou tem mais de 10 minutos. Gere um novo na página Loja do barista (Adicionar um dispositivo).</translation>
    </message>
    <message>
        <source>This device was set up as another kind of device, not as the %1. Set it up again with a code for a %1.</source>
        <translation>Este dispositivo foi configurado como outro tipo de dispositivo, não como %1. Configure-o de novo com um código para “%1”.</translation>
    </message>
    <message>
        <source>The server does not know this device: it was removed, or set up for another server. Set it up again with a new code.</source>
        <translation>O servidor não conhece este dispositivo: ele foi removido ou configurado para outro servidor. Configure-o de novo com um código novo.</translation>
    </message>
    <message>
        <source>This app and the server do not understand each other (%1). Update presso on this device or on the server.</source>
        <translation>Este aplicativo e o servidor não se entendem (%1). Atualize o presso neste dispositivo ou no servidor.</translation>
    </message>
    <message>
        <source>The server refused this device: %1</source>
        <translation>O servidor recusou este dispositivo: %1</translation>
    </message>
    <message>
        <source>display</source>
        <translation>tela</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>quiosque</translation>
    </message>
    <message>
        <source>barista</source>
        <translation>tablet do barista</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>Yours is the next drink.</source>
        <translation>A sua é a próxima bebida.</translation>
    </message>
    <message numerus="yes">
        <source>%n drink(s) before yours.</source>
        <translation>
            <numerusform>%n bebida antes da sua.</numerusform>
            <numerusform>%n bebidas antes da sua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order #%1 is in the queue</source>
        <translation>O pedido nº %1 está na fila</translation>
    </message>
    <message>
        <source>%1 for %2. Watch the TV: your number moves to Ready.</source>
        <translation>%1 para %2. Fique de olho na TV: seu número vai para “Pronto”.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>você</translation>
    </message>
    <message>
        <source>Order #%1 is being made</source>
        <translation>O pedido nº %1 está sendo preparado</translation>
    </message>
    <message>
        <source>A barista is making your %1 now.</source>
        <translation>Um barista está preparando seu %1 agora.</translation>
    </message>
    <message>
        <source>Ready for collection!</source>
        <translation>Pronto para retirar!</translation>
    </message>
    <message>
        <source>Order #%1: collect your %2 at the counter.</source>
        <translation>Pedido nº %1: retire seu %2 no balcão.</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Pedido cancelado</translation>
    </message>
    <message>
        <source>You cancelled this order. Nothing to pay, nothing to collect.</source>
        <translation>Você cancelou este pedido. Nada a pagar, nada a retirar.</translation>
    </message>
    <message>
        <source>Sorry, the barista had to cancel this order. Please ask at the counter.</source>
        <translation>Desculpe, o barista precisou cancelar este pedido. Por favor, pergunte no balcão.</translation>
    </message>
    <message>
        <source>Sorry, we ran out of time</source>
        <translation>Desculpe, o tempo acabou</translation>
    </message>
    <message>
        <source>Your order could not be made in time. Please ask at the counter.</source>
        <translation>Não conseguimos preparar seu pedido a tempo. Por favor, pergunte no balcão.</translation>
    </message>
</context>
<context>
    <name>presso::AddDeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation>Adicionar um dispositivo</translation>
    </message>
    <message>
        <source>Name of the new device</source>
        <translation>Nome do novo dispositivo</translation>
    </message>
    <message>
        <source>Show the code</source>
        <translation>Mostrar o código</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>O que é?</translation>
    </message>
    <message>
        <source>Its name</source>
        <translation>Nome dele</translation>
    </message>
    <message>
        <source>Add another device</source>
        <translation>Adicionar outro dispositivo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>On the new %1&apos;s setup screen, scan this code, or type the server&apos;s address and these 6 digits.</source>
        <translation>Na tela de configuração do novo dispositivo (%1), escaneie este código ou digite o endereço do servidor e estes 6 dígitos.</translation>
    </message>
    <message>
        <source>for &quot;%1&quot; · %2 left</source>
        <translation>para “%1” · faltam %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is connected.</source>
        <translation>“%1” está conectado.</translation>
    </message>
    <message>
        <source>The code ran out before a device used it.</source>
        <translation>O código expirou antes que um dispositivo o usasse.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Add another device to make a new one.</source>
        <translation>Adicione outro dispositivo para gerar um novo.</translation>
    </message>
    <message>
        <source>Pairing code as a QR symbol</source>
        <translation>Código de pareamento como símbolo QR</translation>
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
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 nº %2</translation>
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
        <translation>Fechar a loja</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Loja</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Making</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prontos</translation>
    </message>
    <message>
        <source>Shop open</source>
        <translation>Loja aberta</translation>
    </message>
    <message>
        <source>Shop closed</source>
        <translation>Loja fechada</translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation>Abrir a loja</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>All day:  %1</source>
        <translation>No dia:  %1</translation>
    </message>
    <message>
        <source>Close the shop?
New customers cannot order until you open it again.</source>
        <translation>Fechar a loja?
Novos clientes não poderão pedir até você abri-la de novo.</translation>
    </message>
    <message>
        <source>Cancel order #%1 for %2?
%3</source>
        <translation>Cancelar o pedido nº %1 de %2?
%3</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>um cliente</translation>
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
        <translation>Pedido %1, seu %2 está pronto</translation>
    </message>
    <message>
        <source>Order %1, %2, your %3 is ready</source>
        <translation>Pedido %1, %2, seu %3 está pronto</translation>
    </message>
    <message numerus="yes">
        <source>Order now: ready in about %Ln minute(s)</source>
        <translation>
            <numerusform>Peça agora: pronto em cerca de %Ln minuto</numerusform>
            <numerusform>Peça agora: pronto em cerca de %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drinks are ready in about %Ln minute(s)</source>
        <translation>
            <numerusform>As bebidas ficam prontas em cerca de %Ln minuto</numerusform>
            <numerusform>As bebidas ficam prontas em cerca de %Ln minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>presso::BoardView</name>
    <message>
        <source>Order board</source>
        <translation>Painel de pedidos</translation>
    </message>
    <message>
        <source>Connecting to the shop…</source>
        <translation>Conectando à loja…</translation>
    </message>
    <message>
        <source>The shop is not taking orders right now</source>
        <translation>A loja não está aceitando pedidos agora</translation>
    </message>
    <message>
        <source>Please come back a little later</source>
        <translation>Volte um pouco mais tarde, por favor</translation>
    </message>
    <message>
        <source>Scan to order</source>
        <translation>Escaneie para pedir</translation>
    </message>
    <message>
        <source>We are making drinks!</source>
        <translation>Estamos preparando bebidas!</translation>
    </message>
    <message>
        <source>Scan with your phone, or at the kiosk</source>
        <translation>Escaneie com o celular ou no quiosque</translation>
    </message>
    <message>
        <source>Hold the kiosk&apos;s camera up to this code</source>
        <translation>Aponte a câmera do quiosque para este código</translation>
    </message>
    <message>
        <source>This code is about to change</source>
        <translation>Este código vai mudar em instantes</translation>
    </message>
    <message>
        <source>This code&apos;s drinks are all taken</source>
        <translation>As bebidas deste código já se esgotaram</translation>
    </message>
    <message>
        <source>or type the code  %1</source>
        <translation>ou digite o código  %1</translation>
    </message>
    <message>
        <source>New orders in %1</source>
        <translation>Novos pedidos em %1</translation>
    </message>
    <message>
        <source>A new code is on its way</source>
        <translation>Um novo código está a caminho</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Making</source>
        <translation>Fazendo</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Nothing waiting to be picked up</source>
        <translation>Nada esperando retirada</translation>
    </message>
    <message>
        <source>No orders in the queue</source>
        <translation>Nenhum pedido na fila</translation>
    </message>
    <message numerus="yes">
        <source>%Ln drink(s) remaining</source>
        <translation>
            <numerusform>Resta %Ln bebida</numerusform>
            <numerusform>Restam %Ln bebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more</source>
        <translation>
            <numerusform>+ %Ln outro</numerusform>
            <numerusform>+ %Ln outros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>presso::CameraFrameSource</name>
    <message>
        <source>No camera found on this kiosk: type the code below</source>
        <translation>Nenhuma câmera encontrada neste quiosque: digite o código abaixo</translation>
    </message>
    <message>
        <source>The camera does not work (%1): type the code below</source>
        <translation>A câmera não funciona (%1): digite o código abaixo</translation>
    </message>
</context>
<context>
    <name>presso::CodeKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Keyboard for the code</source>
        <translation>Teclado para o código</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
</context>
<context>
    <name>presso::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Status da conexão</translation>
    </message>
</context>
<context>
    <name>presso::ConnectionStatus</name>
    <message>
        <source>Reconnecting to the shop server…</source>
        <translation>Reconectando ao servidor da loja…</translation>
    </message>
    <message>
        <source>Shop server %1 is not answering. Trying %2…</source>
        <translation>O servidor %1 da loja não responde. Tentando %2…</translation>
    </message>
    <message>
        <source>Now connected to shop server %1</source>
        <translation>Agora conectado ao servidor %1 da loja</translation>
    </message>
</context>
<context>
    <name>presso::KioskController</name>
    <message>
        <source>Sorry, that drink has just sold out. Please choose another.</source>
        <translation>Desculpe, essa bebida acabou de esgotar. Escolha outra, por favor.</translation>
    </message>
    <message>
        <source>Your 5 minutes to order ran out, so the order was not placed. Scan the code on the TV to start again.</source>
        <translation>Seus 5 minutos para pedir acabaram, então o pedido não foi feito. Escaneie o código na TV para começar de novo.</translation>
    </message>
    <message>
        <source>That code has expired. Scan the code on the TV now.</source>
        <translation>Esse código expirou. Escaneie agora o código na TV.</translation>
    </message>
    <message>
        <source>This code&apos;s drinks are all taken. A new code appears in %1.</source>
        <translation>As bebidas deste código se esgotaram. Um novo código aparece em %1.</translation>
    </message>
    <message>
        <source>Sorry, the shop is not taking orders right now.</source>
        <translation>Desculpe, a loja não está aceitando pedidos agora.</translation>
    </message>
    <message>
        <source>Too many orders right now. Please try again in a few minutes.</source>
        <translation>Há pedidos demais agora. Tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <source>Your time to order ran out. Scan the code on the TV to start again.</source>
        <translation>Seu tempo para pedir acabou. Escaneie o código na TV para começar de novo.</translation>
    </message>
    <message>
        <source>That is not a presso code. Scan the code on the TV.</source>
        <translation>Esse não é um código do presso. Escaneie o código na TV.</translation>
    </message>
</context>
<context>
    <name>presso::KioskWindow</name>
    <message>
        <source>Scan the QR code on the TV</source>
        <translation>Escaneie o QR code na TV</translation>
    </message>
    <message>
        <source>Hold the code inside this frame</source>
        <translation>Mantenha o código dentro desta moldura</translation>
    </message>
    <message>
        <source>No camera on this kiosk: type the code below</source>
        <translation>Este quiosque não tem câmera: digite o código abaixo</translation>
    </message>
    <message>
        <source>Code from the TV</source>
        <translation>Código da TV</translation>
    </message>
    <message>
        <source>or type the code shown under it</source>
        <translation>ou digite o código que aparece embaixo</translation>
    </message>
    <message>
        <source>Start my order</source>
        <translation>Começar meu pedido</translation>
    </message>
    <message>
        <source>No luck? Type the code instead</source>
        <translation>Não deu certo? Digite o código</translation>
    </message>
    <message>
        <source>Choose your drink</source>
        <translation>Escolha sua bebida</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Seu primeiro nome</translation>
    </message>
    <message>
        <source>Your first name, for the board</source>
        <translation>Seu primeiro nome, para o painel</translation>
    </message>
    <message>
        <source>Order now</source>
        <translation>Pedir agora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel my order</source>
        <translation>Cancelar meu pedido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Follow your order on your phone</source>
        <translation>Acompanhe seu pedido no celular</translation>
    </message>
    <message>
        <source>%1, sold out</source>
        <translation>%1, esgotado</translation>
    </message>
    <message>
        <source>%1
Sold out</source>
        <translation>%1
Esgotado</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Um momento…</translation>
    </message>
    <message>
        <source>Tap a drink</source>
        <translation>Toque em uma bebida</translation>
    </message>
    <message>
        <source>%1 left to order</source>
        <translation>Faltam %1 para pedir</translation>
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
        <translation>há %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · faltam %1</translation>
    </message>
    <message>
        <source>ready · leaves in %1</source>
        <translation>pronto · sai em %1</translation>
    </message>
</context>
<context>
    <name>presso::PairingModel</name>
    <message>
        <source>Kiosk</source>
        <translation>Quiosque</translation>
    </message>
    <message>
        <source>TV display</source>
        <translation>Tela de TV</translation>
    </message>
    <message>
        <source>Barista tablet</source>
        <translation>Tablet do barista</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administração</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Give the new device a name</source>
        <translation>Dê um nome ao novo dispositivo</translation>
    </message>
</context>
<context>
    <name>presso::PairingScanView</name>
    <message>
        <source>Hold the code up to the camera</source>
        <translation>Aponte o código para a câmera</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sem câmera</translation>
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
        <translation>Não é possível conectar: %1</translation>
    </message>
    <message>
        <source>Set up this device again</source>
        <translation>Configurar este dispositivo de novo</translation>
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
        <translation>No tablet do barista: Loja, depois Adicionar um dispositivo, depois %1. Digite o endereço do servidor e o código de 6 dígitos que aparece. Uma loja com vários servidores: digite os endereços separados por vírgulas.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de pareamento</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Hold the code on the barista&apos;s screen up to the camera:</source>
        <translation>Aponte para a câmera o código da tela do barista:</translation>
    </message>
    <message>
        <source>On the barista&apos;s tablet: Shop, then Add a device, then %1. Scan the code it shows, or type the server&apos;s address (several: commas between them) and the 6 digits.</source>
        <translation>No tablet do barista: Loja, depois Adicionar um dispositivo, depois %1. Escaneie o código que aparece ou digite o endereço do servidor (vários: separados por vírgulas) e os 6 dígitos.</translation>
    </message>
    <message>
        <source>That is not a pairing code. Scan the code under Add a device on the barista&apos;s tablet.</source>
        <translation>Esse não é um código de pareamento. Escaneie o código em Adicionar um dispositivo no tablet do barista.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example 192.168.1.10:8770</source>
        <translation>Digite o endereço do servidor, por exemplo 192.168.1.10:8770</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server&apos;s address. Type it as 192.168.1.10:8770; put commas between several.</source>
        <translation>“%1” não é um endereço de servidor. Digite assim: 192.168.1.10:8770; vários, separados por vírgulas.</translation>
    </message>
    <message>
        <source>Type the 6 digits of the pairing code</source>
        <translation>Digite os 6 dígitos do código de pareamento</translation>
    </message>
</context>
<context>
    <name>presso::ShopPage</name>
    <message>
        <source>Chime on each new order</source>
        <translation>Som a cada novo pedido</translation>
    </message>
    <message>
        <source>Print a ticket on Make</source>
        <translation>Imprimir um tíquete ao preparar</translation>
    </message>
    <message>
        <source>80 mm receipt paper</source>
        <translation>Papel de cupom de 80 mm</translation>
    </message>
    <message>
        <source>58 mm receipt paper</source>
        <translation>Papel de cupom de 58 mm</translation>
    </message>
    <message>
        <source>Tickets to PDF files</source>
        <translation>Tíquetes em arquivos PDF</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Impressora: %1</translation>
    </message>
    <message>
        <source>Printer: %1 (not found)</source>
        <translation>Impressora: %1 (não encontrada)</translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation>Impressora de tíquetes</translation>
    </message>
    <message>
        <source>On the menu</source>
        <translation>No cardápio</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>No dia</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>Este tablet</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Adicionar um dispositivo</translation>
    </message>
    <message>
        <source>%1 — sold out</source>
        <translation>%1 — esgotado</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nada pendente</translation>
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
        <translation>Minutos de preparo</translation>
    </message>
    <message>
        <source>Drinks by type</source>
        <translation>Bebidas por tipo</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln order(s), %L1 ready, %L2 cancelled, %L3 timed out</source>
        <translation>
            <numerusform>Hoje: %Ln pedido, %L1 prontos, %L2 cancelados, %L3 expirados</numerusform>
            <numerusform>Hoje: %Ln pedidos, %L1 prontos, %L2 cancelados, %L3 expirados</numerusform>
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
        <translation>Pronto! Nº {number} · presso</translation>
    </message>
    <message>
        <source>#{number} · presso</source>
        <translation>Nº {number} · presso</translation>
    </message>
    <message>
        <source>Connecting to the shop…</source>
        <translation>Conectando à loja…</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Conexão perdida. Reconectando…</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Um momento…</translation>
    </message>
    <message>
        <source>Scan the code on the TV</source>
        <translation>Escaneie o código na TV</translation>
    </message>
    <message>
        <source>Point your phone’s camera at the QR code on the TV to start an order.</source>
        <translation>Aponte a câmera do celular para o QR code na TV para começar um pedido.</translation>
    </message>
    <message>
        <source>To order another drink, scan the code on the TV again.</source>
        <translation>Para pedir outra bebida, escaneie de novo o código na TV.</translation>
    </message>
    <message>
        <source>Choose your drink</source>
        <translation>Escolha sua bebida</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Esgotado</translation>
    </message>
    <message>
        <source>{drink}, sold out</source>
        <translation>{drink}, esgotado</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Seu primeiro nome</translation>
    </message>
    <message>
        <source>For the board, so you know it is yours.</source>
        <translation>Para o painel, assim você sabe que é o seu.</translation>
    </message>
    <message>
        <source>Order now</source>
        <translation>Pedir agora</translation>
    </message>
    <message>
        <source>Ordering…</source>
        <translation>Pedindo…</translation>
    </message>
    <message>
        <source>Tap a drink first.</source>
        <translation>Primeiro toque em uma bebida.</translation>
    </message>
    <message>
        <source>{time} left to order</source>
        <translation>Faltam {time} para pedir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Order #{number} is in the queue</source>
        <translation>O pedido nº {number} está na fila</translation>
    </message>
    <message>
        <source>Yours is the next drink.</source>
        <translation>A sua é a próxima bebida.</translation>
    </message>
    <message>
        <source>{ahead} drinks before yours.</source>
        <translation>{ahead} bebidas antes da sua.</translation>
    </message>
    <message>
        <source>1 drink before yours.</source>
        <translation>1 bebida antes da sua.</translation>
    </message>
    <message>
        <source>Ready in about {minutes} minutes.</source>
        <translation>Pronto em cerca de {minutes} minutos.</translation>
    </message>
    <message>
        <source>Ready in about 1 minute.</source>
        <translation>Pronto em cerca de 1 minuto.</translation>
    </message>
    <message>
        <source>{drink} for {name}.</source>
        <translation>{drink} para {name}.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>você</translation>
    </message>
    <message>
        <source>Keep this page open: it tells you when your drink is ready.</source>
        <translation>Deixe esta página aberta: ela avisa quando sua bebida estiver pronta.</translation>
    </message>
    <message>
        <source>Tell me when it is ready</source>
        <translation>Me avise quando estiver pronto</translation>
    </message>
    <message>
        <source>Order #{number} is being made</source>
        <translation>O pedido nº {number} está sendo preparado</translation>
    </message>
    <message>
        <source>A barista is making your {drink} now.</source>
        <translation>Um barista está preparando seu {drink} agora.</translation>
    </message>
    <message>
        <source>Ready!</source>
        <translation>Pronto!</translation>
    </message>
    <message>
        <source>Order #{number}: collect your {drink} at the counter.</source>
        <translation>Pedido nº {number}: retire seu {drink} no balcão.</translation>
    </message>
    <message>
        <source>Order #{number} is ready</source>
        <translation>O pedido nº {number} está pronto</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Pedido cancelado</translation>
    </message>
    <message>
        <source>You cancelled this order. Nothing to pay, nothing to collect.</source>
        <translation>Você cancelou este pedido. Nada a pagar, nada a retirar.</translation>
    </message>
    <message>
        <source>Sorry, the barista had to cancel this order. Please ask at the counter.</source>
        <translation>Desculpe, o barista precisou cancelar este pedido. Por favor, pergunte no balcão.</translation>
    </message>
    <message>
        <source>Sorry, we ran out of time</source>
        <translation>Desculpe, o tempo acabou</translation>
    </message>
    <message>
        <source>Your order could not be made in time. Please ask at the counter.</source>
        <translation>Não conseguimos preparar seu pedido a tempo. Por favor, pergunte no balcão.</translation>
    </message>
    <message>
        <source>Order not placed</source>
        <translation>Pedido não feito</translation>
    </message>
    <message>
        <source>Cancel my order</source>
        <translation>Cancelar meu pedido</translation>
    </message>
    <message>
        <source>Cancel this order?</source>
        <translation>Cancelar este pedido?</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Sim, cancelar</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Não, manter</translation>
    </message>
    <message>
        <source>The barista has already started your drink, so it cannot be cancelled now.</source>
        <translation>O barista já começou sua bebida, então não dá mais para cancelar.</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>Desculpe</translation>
    </message>
    <message>
        <source>That code has expired. Scan the code on the TV now.</source>
        <translation>Esse código expirou. Escaneie agora o código na TV.</translation>
    </message>
    <message>
        <source>This code’s drinks are all taken. A new code appears in {time}.</source>
        <translation>As bebidas deste código se esgotaram. Um novo código aparece em {time}.</translation>
    </message>
    <message>
        <source>Sorry, the shop is not taking orders right now.</source>
        <translation>Desculpe, a loja não está aceitando pedidos agora.</translation>
    </message>
    <message>
        <source>Sorry, no barista is on duty right now. Please try again in a few minutes.</source>
        <translation>Desculpe, nenhum barista está de plantão agora. Tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <source>Too many orders right now. Please try again in a few minutes.</source>
        <translation>Há pedidos demais agora. Tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <source>Your 5 minutes to order ran out, so the order was not placed. Scan the code on the TV to start again.</source>
        <translation>Seus 5 minutos para pedir acabaram, então o pedido não foi feito. Escaneie o código na TV para começar de novo.</translation>
    </message>
    <message>
        <source>You already have an order open. Here it is.</source>
        <translation>Você já tem um pedido aberto. Aqui está ele.</translation>
    </message>
    <message>
        <source>Too many tries from this network. Please wait a minute, then scan the code again.</source>
        <translation>Tentativas demais desta rede. Aguarde um minuto e escaneie o código de novo.</translation>
    </message>
    <message>
        <source>Ordering from a phone is switched off here. Please order at the kiosk.</source>
        <translation>Pedir pelo celular está desativado aqui. Por favor, peça no quiosque.</translation>
    </message>
    <message>
        <source>This link does not match an order. Please ask at the counter.</source>
        <translation>Este link não corresponde a nenhum pedido. Por favor, pergunte no balcão.</translation>
    </message>
    <message>
        <source>The shop is very busy. Trying again…</source>
        <translation>A loja está muito movimentada. Tentando de novo…</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>Algo deu errado: {message}</translation>
    </message>
</context>
</TS>
