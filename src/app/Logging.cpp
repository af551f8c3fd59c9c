#include "Logging.h"

#include "storage/SqlUtil.h"

#include <QDir>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace cd {

void setUpLogging(const QString& folder)
{
    QDir().mkpath(folder);
    std::vector<spdlog::sink_ptr> sinks;
    try {
        const QString file = QDir(folder).filePath(QStringLiteral("campaigndesk.log"));
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), 2 * 1024 * 1024, 5));
        sql::setLogFile(QDir::toNativeSeparators(file));
    } catch (const spdlog::spdlog_ex&) {
        // A read-only data folder must not stop the program; stderr still gets warnings.
    }
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::warn);
    sinks.push_back(console);
    for (const char* area : {"storage", "services", "exchange", "reports", "ui"}) {
        auto logger = std::make_shared<spdlog::logger>(area, sinks.begin(), sinks.end());
        logger->set_level(spdlog::level::info);
        spdlog::register_logger(logger);
    }
    auto fallback = std::make_shared<spdlog::logger>("app", sinks.begin(), sinks.end());
    fallback->set_level(spdlog::level::info);
    spdlog::set_default_logger(fallback);
    spdlog::flush_every(std::chrono::seconds(2));
}

} // namespace cd
