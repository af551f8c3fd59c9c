#pragma once

#include "widgets/common/AppSettings.h"

#include <QLabel>
#include <QMessageBox>
#include <QString>

namespace cd::dialogs {

// Standard dialogs behind one door, so tests can answer them without a person
// (KeePassXC's test seams): a queued answer is used instead of showing the dialog.
// File dialogs start in the folder last used for that kind of file (the documents folder at
// first) and remember the folder of what was chosen. `suggested` is a file name, or a path.
using FileKind = AppSettings::FileKind;
QString openFileName(QWidget* parent, const QString& title, FileKind kind, const QString& filter);
QString saveFileName(QWidget* parent, const QString& title, FileKind kind, const QString& suggested, const QString& filter);
QString existingDirectory(QWidget* parent, const QString& title, FileKind kind);
// Several files; a queued test answer holds them one per line.
QStringList openFileNames(QWidget* parent, const QString& title, FileKind kind, const QString& filter);
QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton byDefault);
// A question whose standard buttons carry labels of their own ("Save mine over theirs"); tests
// answer it with the standard button, as question().
QMessageBox::StandardButton choose(QWidget* parent, const QString& title, const QString& text, const QString& details,
                                   const QList<QPair<QMessageBox::StandardButton, QString>>& buttons, QMessageBox::StandardButton byDefault);
void warning(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);
// The red line under a form where a refusal is shown (named "errorLabel"), hidden until then.
QLabel* errorLabel();
void makeErrorLabel(QLabel* label);

namespace testing {
// Queues the answer to the next file dialog (several calls: several dialogs, in order).
void setNextFileName(const QString& name);
void setNextAnswer(QMessageBox::StandardButton answer);
// Warnings and notices are recorded instead of shown.
void setNonInteractive(bool on);
QString lastMessage();
} // namespace testing

} // namespace cd::dialogs
