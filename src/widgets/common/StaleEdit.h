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
// The stored record with what this person changed applied again on top: each of `fields`
// where `mine` differs from `asRead` is taken from `mine`, every other from `stored`.
template <class T, class... M> T mineOnTop(const T& stored, const T& asRead, const T& mine, M T::*... fields)
{
    T merged = stored;
    ((mine.*fields != asRead.*fields ? void(merged.*fields = mine.*fields) : void()), ...);
    return merged;
}
Choice ask(QWidget* parent, const QString& title, const Error& refusal, const QJsonObject& asRead, const QJsonObject& stored, const QJsonObject& mine);

} // namespace cd::staleedit
