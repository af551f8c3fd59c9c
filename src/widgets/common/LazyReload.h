#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace cd {

// Refreshes a page now when it is on screen, otherwise the next time it is shown: opening
// a large file must not compute every page the user is not looking at. A page not inside a
// window on screen (a window still being set up, a page on its own) refreshes at once.
class LazyReload : public QObject
{
public:
    // afterOpen, if given, runs before the refresh that follows opening a campaign (filling
    // the page's choices of unit or period), also only when the page is seen.
    LazyReload(QWidget* page, std::function<void()> reload, std::function<void()> afterOpen = {});
    void request();
    void requestOpened();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void run();
    QWidget* m_page;
    std::function<void()> m_reload;
    std::function<void()> m_afterOpen;
    bool m_dirty = false;
    bool m_openPending = false;
};

} // namespace cd
