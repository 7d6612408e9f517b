#include "statuswords.h"

namespace presso {

namespace {
QString inLine(std::optional<int> position)
{
    if (!position)
        return {};
    return *position == 1 ? StatusWords::tr("Yours is the next drink.")
                          : StatusWords::tr("%n drink(s) before yours.", nullptr, *position - 1);
}
} // namespace

std::optional<StatusWords> StatusWords::of(const Order &o, std::optional<int> position, const Menu &menu)
{
    const QString drink = drinkInSentence(menu.drinkOf(o));
    const QString number = o.number ? QString::number(*o.number) : QString();
    switch (o.state) {
    case OrderState::Queued:
        return StatusWords{tr("Order #%1 is in the queue").arg(number),
                           inLine(position) + QLatin1Char(' ')
                               + tr("%1 for %2. Watch the TV: your number moves to Ready.")
                                     .arg(menu.labelOf(o), o.customerName.isEmpty() ? tr("you") : o.customerName)};
    case OrderState::InProduction:
        return StatusWords{tr("Order #%1 is being made").arg(number),
                           tr("A barista is making your %1 now.").arg(drink)};
    case OrderState::Completed:
        return StatusWords{tr("Ready for collection!"),
                           tr("Order #%1: collect your %2 at the counter.").arg(number, drink)};
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
