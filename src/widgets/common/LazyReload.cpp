#include "widgets/common/LazyReload.h"

#include <QEvent>
#include <QWidget>

namespace cd {

LazyReload::LazyReload(QWidget* page, std::function<void()> reload) : QObject(page), m_page(page), m_reload(std::move(reload))
{
    page->installEventFilter(this);
}

void LazyReload::request()
{
    if (m_page->isVisible()) {
        m_dirty = false;
        m_reload();
    } else {
        m_dirty = true;
    }
}

bool LazyReload::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_dirty) {
        m_dirty = false;
        m_reload();
    }
    return false;
}

} // namespace cd
