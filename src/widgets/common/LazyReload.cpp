#include "widgets/common/LazyReload.h"

#include <QEvent>
#include <QWidget>

namespace cd {

LazyReload::LazyReload(QWidget* page, std::function<void()> reload, std::function<void()> afterOpen)
    : QObject(page), m_page(page), m_reload(std::move(reload)), m_afterOpen(std::move(afterOpen))
{
    page->installEventFilter(this);
}

void LazyReload::request()
{
    m_dirty = true;
    if (m_page->isVisible() || !m_page->window()->isVisible()) run();
}

void LazyReload::requestOpened()
{
    m_openPending = true;
    request();
}

void LazyReload::run()
{
    m_dirty = false;
    if (std::exchange(m_openPending, false) && m_afterOpen) m_afterOpen();
    m_reload();
}

bool LazyReload::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_dirty) run();
    return false;
}

} // namespace cd
