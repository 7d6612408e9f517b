#pragma once

#include "menu.h"
#include "order.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace presso {

// What the kiosk's status page says about the customer's order: a title and a line under it.
struct StatusWords
{
    Q_DECLARE_TR_FUNCTIONS(StatusWords)

public:
    QString title;
    QString detail;

    // position: 1 for the next drink made, empty when not known. Nothing before submit.
    // The drink and its options in the menu's words for the screen's language.
    static std::optional<StatusWords> of(const Order &order, std::optional<int> position, const Menu &menu);
};

} // namespace presso
