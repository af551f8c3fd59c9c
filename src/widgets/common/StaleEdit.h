#pragma once

#include "domain/Error.h"

#include <QJsonObject>

class QWidget;

namespace cd::staleedit {

// An edit refused because someone changed the record after the dialog read it
// (ServiceContext::staleEdit): both are shown field by field in words, what they changed and
// what this person typed, and the person chooses.
enum class Choice
{
    ApplyMine,   // apply what this person changed again on top of their change, knowingly
    ShowTheirs,  // replace the form with the stored record
    KeepEditing, // leave the form as it is
};

bool isStale(const Error& e);
Choice ask(QWidget* parent, const QString& title, const Error& refusal, const QJsonObject& asRead, const QJsonObject& stored, const QJsonObject& mine);

} // namespace cd::staleedit
