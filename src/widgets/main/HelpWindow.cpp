#include "widgets/main/HelpWindow.h"

#include "guide/Guide.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QRegularExpression>
#include <QTextDocument>
#include <algorithm>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace cd {

QVariant GuideBrowser::loadResource(int type, const QUrl& name)
{
    const QVariant loaded = QTextBrowser::loadResource(type, name);
    if (type == QTextDocument::HtmlResource) {
        // The page's own style is a web browser's (auto margins, a maximum width, line-height),
        // which the rich-text engine lays out as one very wide line: the window's style instead.
        static const QRegularExpression style(QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption);
        QString html = QString::fromUtf8(loaded.toByteArray());
        html.remove(style);
        // Nor does it know <figure>: a picture would sit inside the paragraph before it.
        html.replace(QStringLiteral("<figure>"), QStringLiteral("<div class=\"figure\">")).replace(QStringLiteral("</figure>"), QStringLiteral("</div>"));
        html.replace(QStringLiteral("<figcaption>"), QStringLiteral("<p class=\"caption\">")).replace(QStringLiteral("</figcaption>"), QStringLiteral("</p>"));
        return html;
    }
    if (type != QTextDocument::ImageResource) return loaded;
    QImage image;
    if (loaded.canConvert<QImage>()) image = loaded.value<QImage>();
    if (image.isNull()) image.loadFromData(loaded.toByteArray());
    const int room = std::max(320, viewport()->width() - 60);
    if (image.isNull() || image.width() <= room) return loaded;
    return image.scaledToWidth(room, Qt::SmoothTransformation);
}

HelpWindow::HelpWindow(QWidget* parent) : QDialog(parent), m_browser(new GuideBrowser)
{
    setWindowTitle(tr("User guide"));
    setObjectName(QStringLiteral("helpWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setModal(false);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->document()->setDefaultStyleSheet(QStringLiteral("h1 { color: #c8102e; } h2 { color: #8e0b20; margin-top: 18px; }"
                                                               " p.caption { color: #666666; margin-bottom: 14px; } .role { background-color: #fdf3f4; }"));
    // Links within the guide stay here; a link out (none today) would go to the system's browser.
    m_browser->setOpenExternalLinks(true);
    auto* back = new QPushButton(tr("&Back"));
    auto* forward = new QPushButton(tr("&Forward"));
    auto* contents = new QPushButton(tr("&Contents"));
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(contents, &QPushButton::clicked, this, [this] { showSection(QStringLiteral("start")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QPushButton::setEnabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addWidget(contents);
    bar->addStretch();
    bar->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addLayout(bar);
    resize(900, 700);
}

QUrl HelpWindow::guideUrl(const QString& anchor)
{
    QUrl url(QStringLiteral("qrc:/guide/index.html"));
    if (!anchor.isEmpty()) url.setFragment(anchor);
    return url;
}

void HelpWindow::showSection(const QString& anchor)
{
    if (!guide::available()) {
        m_browser->setPlainText(tr("This copy of the program was built without its user guide."));
        return;
    }
    const QUrl url = guideUrl(anchor);
    if (m_browser->source().path() != url.path()) m_browser->setSource(guideUrl());
    if (anchor.isEmpty()) m_browser->scrollToAnchor(QStringLiteral("start"));
    else m_browser->scrollToAnchor(anchor);
}

} // namespace cd
