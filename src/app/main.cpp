#include "Logging.h"
#include "io/PrivateFiles.h"
#include "widgets/common/WheelGuard.h"
#include "widgets/main/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>
#include <cstdio>
#include <spdlog/spdlog.h>

int main(int argc, char** argv)
{
    // Answered before any window or display is needed.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            std::printf("campaigndesk %s\n", PROJECT_VERSION);
            return 0;
        }
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0) {
            std::printf("usage: campaigndesk [FILE.cdb | FILE.cdtask | FILE.cdreport | postgresql://USER@HOST/DATABASE]\n"
                        "  Opens the campaign file, or the last one used, or the welcome choices.\n"
                        "  A task package opens as the unit's own file; a report package in the import\n"
                        "  dialog of the campaign last used; an address connects to a server.\n"
                        "  --version   print the version\n"
                        "  The command-line tool is campaigndesk-cli (campaigndesk-cli --help).\n");
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CampaignDesk"));
    QApplication::setApplicationName(QStringLiteral("CampaignDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    cd::WheelGuard::install(app);
    cd::private_files::keep(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    cd::setUpLogging(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("campaigndesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    spdlog::info("CampaignDesk {} starting, locale {}", PROJECT_VERSION, QLocale().name().toStdString());

    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.campaigndesk.CampaignDesk"), QIcon(QStringLiteral(":/icons/org.campaigndesk.CampaignDesk.svg"))));
    QApplication::setDesktopFileName(QStringLiteral("org.campaigndesk.CampaignDesk"));
    cd::MainWindow window;
    window.show();
    // The window is on screen first; the file (or the last one) opens once it is drawn, and
    // the page on screen fills in.
    const QStringList args = QApplication::arguments();
    window.openOnceShown(args.size() > 1 ? args.at(1) : QString());
    return QApplication::exec();
}
