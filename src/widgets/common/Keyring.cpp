#include "widgets/common/Keyring.h"

#include <QEventLoop>
#include <QUrl>
#include <QUrlQuery>
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

QString keyFor(const QString& address)
{
    const QUrl url(address);
    const QUrlQuery query(url);
    const QString host = query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host")) : url.host();
    const int port = query.hasQueryItem(QStringLiteral("port")) ? query.queryItemValue(QStringLiteral("port")).toInt() : url.port(5432);
    return QStringLiteral("%1@%2:%3%4").arg(url.userName(), host).arg(port).arg(url.path());
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
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

void forget(const QString& key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    finish(job);
}

} // namespace cd::keyring
