#include "statuswords.h"

#include <QCoreApplication>

namespace presso {

namespace {
QString tr(const char *text)
{
    // The words kept the kiosk window's translation context when they moved here.
    return QCoreApplication::translate("presso::KioskWindow", text);
}

QString inLine(std::optional<int> position)
{
    if (position == 1)
        return tr("Yours is the next drink.");
    return position ? tr("%1 drinks before yours.").arg(*position - 1) : QString();
}
} // namespace

std::optional<StatusWords> StatusWords::of(const Order &o, std::optional<int> position)
{
    const QString number = o.number ? QString::number(*o.number) : QString();
    switch (o.state) {
    case OrderState::Queued:
        return StatusWords{tr("Order #%1 is in the queue").arg(number),
                           inLine(position) + QLatin1Char(' ')
                               + tr("%1 for %2. Watch the TV: your number moves to Ready.")
                                     .arg(o.drink, o.customerName.isEmpty() ? tr("you") : o.customerName)};
    case OrderState::InProduction:
        return StatusWords{tr("Order #%1 is being made").arg(number),
                           tr("A barista is making your %1 now.").arg(o.drink.toLower())};
    case OrderState::Completed:
        return StatusWords{tr("Ready for collection!"),
                           tr("Order #%1: collect your %2 at the counter.").arg(number, o.drink.toLower())};
    case OrderState::Cancelled:
        return StatusWords{tr("Order cancelled"),
                           o.reason == QLatin1String("customer")
                               ? tr("You cancelled this order. Nothing to pay, nothing to collect.")
                               : tr("Sorry, the barista had to cancel this order. Please ask at the counter.")};
    case OrderState::TimedOut:
        return StatusWords{tr("Sorry, we ran out of time"),
                           tr("Your order could not be made in time. Please ask at the counter.")};
    case OrderState::AwaitingOrder:
        break;
    }
    return std::nullopt;
}

} // namespace presso
