#pragma once

#include <QObject>

class QApplication;

namespace cd {

// Spin boxes and combo boxes take the mouse wheel only when they have the focus: in a long
// form that scrolls, the wheel scrolls the form instead of changing the number under the
// pointer (本期进展 1 → 0). Installed once on the application.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    static void install(QApplication& app);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace cd
