#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace cd {

// Refreshes a page now when it is on screen, otherwise the next time it is shown: opening
// a large file must not compute every page the user is not looking at.
class LazyReload : public QObject
{
public:
    LazyReload(QWidget* page, std::function<void()> reload);
    void request();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_page;
    std::function<void()> m_reload;
    bool m_dirty = false;
};

} // namespace cd
