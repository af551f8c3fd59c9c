#include "widgets/common/Keyring.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace cd::keyring {
namespace {

const QString kService = QStringLiteral("CampaignDesk");

// Runs a keyring job to its end; QtKeychain answers through the event loop.
void finish(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // a password never goes to a plain file
    QEventLoop loop;
    // Queued: a job that fails at once (no keyring on this desktop) finishes inside start().
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

QString reason(int error)
{
    const auto say = [](const char* text) { return QCoreApplication::translate("cd::keyring", text); };
    switch (error) {
    case QKeychain::NoError: return {};
    case QKeychain::AccessDeniedByUser: return say(QT_TRANSLATE_NOOP("cd::keyring", "you declined the keyring's request"));
    case QKeychain::AccessDenied: return say(QT_TRANSLATE_NOOP("cd::keyring", "the keyring refused access"));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return say(QT_TRANSLATE_NOOP("cd::keyring", "this desktop has no keyring running"));
    case QKeychain::EntryNotFound: return say(QT_TRANSLATE_NOOP("cd::keyring", "the keyring holds no password for this server"));
    default: return say(QT_TRANSLATE_NOOP("cd::keyring", "the keyring did not answer"));
    }
}

QString keyFor(const QString& address)
{
    const auto a = Database::parseAddress(address);
    return QStringLiteral("%1@%2/%3").arg(a.user, a.hostPorts(), a.database);
}

QString read(const QString& key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    finish(job);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

QString store(const QString& key, const QString& password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(password);
    finish(job);
    // QtKeychain's own words are English and often "Unknown error": the reason in ours.
    return reason(job.error());
}

void forget(const QString& key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    finish(job);
}

} // namespace cd::keyring
