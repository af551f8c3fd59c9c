#pragma once

#include <QHash>
#include <QStringList>
#include <optional>

namespace cd::cli {

// Command line split into words and --options. Options listed as taking a value consume the
// next word (or use --opt=value); the rest are flags.
class CliArgs
{
public:
    static std::optional<CliArgs> parse(const QStringList& argv, QString* error);

    QStringList words; // command, subcommand, positional arguments
    QHash<QString, QString> options;

    bool has(const QString& name) const { return options.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return options.value(name, fallback); }
    QString word(int i) const { return i < words.size() ? words[i] : QString(); }
};

} // namespace cd::cli
