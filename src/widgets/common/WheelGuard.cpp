#include "widgets/common/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>

namespace cd {
namespace {

QWidget* valueWidget(QObject* o)
{
    if (auto* s = qobject_cast<QAbstractSpinBox*>(o)) return s;
    if (auto* c = qobject_cast<QComboBox*>(o)) return c;
    return nullptr;
}

QAbstractScrollArea* scrollAreaAround(const QWidget* w)
{
    for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (auto* area = qobject_cast<QAbstractScrollArea*>(p)) return area;
    return nullptr;
}

} // namespace

void WheelGuard::install(QApplication& app) { app.installEventFilter(new WheelGuard(&app)); }

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    QWidget* w = valueWidget(watched);
    if (!w) return false;
    // Qt would give a WheelFocus widget the focus on the first turn of the wheel, before any
    // filter sees it; a click or Tab still does.
    if (event->type() == QEvent::Polish && w->focusPolicy() == Qt::WheelFocus) w->setFocusPolicy(Qt::StrongFocus);
    if (event->type() != QEvent::Wheel || w->hasFocus()) return false;
    QAbstractScrollArea* area = scrollAreaAround(w);
    if (!area) return false;
    // Handed to the scroll area around, as if the pointer were over empty form.
    auto* wheel = static_cast<QWheelEvent*>(event);
    const QPointF at = area->viewport()->mapFromGlobal(wheel->globalPosition());
    QWheelEvent forwarded(at, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                          wheel->phase(), wheel->inverted(), wheel->source());
    QCoreApplication::sendEvent(area->viewport(), &forwarded);
    return true;
}

} // namespace cd
