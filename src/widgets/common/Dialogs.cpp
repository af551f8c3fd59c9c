#include "widgets/common/Dialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <optional>

namespace cd::dialogs {
namespace {
QStringList g_nextFiles; // queued answers, first in first out
std::optional<QMessageBox::StandardButton> g_nextAnswer;
bool g_nonInteractive = false;
QString g_lastMessage;

std::optional<QString> takeFile()
{
    if (g_nextFiles.isEmpty()) return std::nullopt;
    return g_nextFiles.takeFirst();
}
} // namespace

QString openFileName(QWidget* parent, const QString& title, FileKind kind, const QString& filter)
{
    auto f = takeFile();
    const QString chosen = f ? *f : QFileDialog::getOpenFileName(parent, title, AppSettings().folderFor(kind), filter);
    AppSettings().rememberFolder(kind, chosen);
    return chosen;
}

QString saveFileName(QWidget* parent, const QString& title, FileKind kind, const QString& suggested, const QString& filter)
{
    auto f = takeFile();
    const QString start = QDir::isAbsolutePath(suggested) ? suggested : QDir(AppSettings().folderFor(kind)).filePath(suggested);
    const QString chosen = f ? *f : QFileDialog::getSaveFileName(parent, title, start, filter);
    AppSettings().rememberFolder(kind, chosen);
    return chosen;
}

QString existingDirectory(QWidget* parent, const QString& title, FileKind kind)
{
    auto f = takeFile();
    const QString chosen = f ? *f : QFileDialog::getExistingDirectory(parent, title, AppSettings().folderFor(kind));
    AppSettings().rememberFolder(kind, chosen);
    return chosen;
}

QStringList openFileNames(QWidget* parent, const QString& title, FileKind kind, const QString& filter)
{
    auto f = takeFile();
    const QStringList chosen = f ? (f->isEmpty() ? QStringList() : f->split(QLatin1Char('\n')))
                                 : QFileDialog::getOpenFileNames(parent, title, AppSettings().folderFor(kind), filter);
    if (!chosen.isEmpty()) AppSettings().rememberFolder(kind, chosen.first());
    return chosen;
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton byDefault)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        auto a = *g_nextAnswer;
        g_nextAnswer.reset();
        return a;
    }
    if (g_nonInteractive) return byDefault;
    return QMessageBox::question(parent, title, text, buttons, byDefault);
}

QMessageBox::StandardButton choose(QWidget* parent, const QString& title, const QString& text, const QString& details,
                                   const QList<QPair<QMessageBox::StandardButton, QString>>& buttons, QMessageBox::StandardButton byDefault)
{
    g_lastMessage = text + QLatin1Char('\n') + details;
    if (g_nextAnswer) {
        auto a = *g_nextAnswer;
        g_nextAnswer.reset();
        return a;
    }
    if (g_nonInteractive) return byDefault;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(details);
    for (const auto& [button, label] : buttons) box.addButton(button)->setText(label);
    box.setDefaultButton(byDefault);
    return QMessageBox::StandardButton(box.exec());
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    g_lastMessage = text;
    if (!g_nonInteractive) QMessageBox::warning(parent, title, text);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    g_lastMessage = text;
    if (!g_nonInteractive) QMessageBox::information(parent, title, text);
}

namespace testing {
void setNextFileName(const QString& name) { g_nextFiles.append(name); }
void setNextAnswer(QMessageBox::StandardButton answer) { g_nextAnswer = answer; }
void setNonInteractive(bool on) { g_nonInteractive = on; }
QString lastMessage() { return g_lastMessage; }
} // namespace testing

QLabel* errorLabel()
{
    auto* label = new QLabel;
    makeErrorLabel(label);
    return label;
}

void makeErrorLabel(QLabel* label)
{
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
}

} // namespace cd::dialogs
