#pragma once

#include <QDialog>

#include <QTextBrowser>

namespace cd {

// The guide's pages: its pictures fitted to the window's width (they are screenshots of the
// whole window, wider than the text).
class GuideBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int type, const QUrl& name) override;
};

// Help ▸ User guide (F1): the guide in a window of the program's own, opened at the section
// about the page on screen. It needs no web browser, and the guide and its pictures are built
// into the program (qrc:/guide), so it reads the same from a build tree and once installed.
class HelpWindow : public QDialog
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);
    // Shows the section `anchor` (dashboard, units, …; the top when empty).
    void showSection(const QString& anchor);
    QTextBrowser* browser() const { return m_browser; }
    // The guide's address in the program's resources.
    static QUrl guideUrl(const QString& anchor = {});

private:
    GuideBrowser* m_browser;
};

} // namespace cd
