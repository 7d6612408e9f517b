#pragma once

#include <QImage>

// Pictures a kiosk camera might see, made from a rendered code, for the kiosk tests.
namespace presso::testframes {

// The code somewhere in a larger, noisy, unevenly lit 1280x720 picture.
QImage photoLike(const QImage &code);
// The code turned by some degrees on a white card.
QImage rotated(const QImage &code, qreal degrees);

} // namespace presso::testframes
