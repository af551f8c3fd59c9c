#include "widgets/common/Dialogs.h"

#include <QFileDialog>
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

QString openFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    if (auto f = takeFile()) return *f;
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString saveFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    if (auto f = takeFile()) return *f;
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

QString existingDirectory(QWidget* parent, const QString& title, const QString& dir)
{
    if (auto f = takeFile()) return *f;
    return QFileDialog::getExistingDirectory(parent, title, dir);
}

QStringList openFileNames(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    if (auto f = takeFile()) return f->isEmpty() ? QStringList() : f->split(QLatin1Char('\n'));
    return QFileDialog::getOpenFileNames(parent, title, dir, filter);
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
