// campaigndesk-cli: the command-line face of CampaignDesk. Exit 0 done, 1 refused, 2 usage.
#include "io/PrivateFiles.h"
#include "cli/CliArgs.h"
#include "cli/Commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>
#include <cstdio>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace {

// The CLI's output is for people and scripts: a refusal is one sentence on stderr; what the
// engines said goes to the log file (campaigndesk-cli.log in the data folder), and to stderr
// as well with --verbose. Qt's own warnings (the Sql drivers') go the same way.
void setUpLogging(bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QDir(folder).filePath(QStringLiteral("campaigndesk-cli.log")).toStdString(), 2 * 1024 * 1024, 3));
    } catch (const spdlog::spdlog_ex&) {
        verbose = true; // nowhere to keep it: say it where it can be read
    }
    if (verbose) sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    for (const char* area : {"storage", "services", "exchange", "reports"}) {
        auto logger = std::make_shared<spdlog::logger>(area, sinks.begin(), sinks.end());
        logger->set_level(spdlog::level::info);
        spdlog::register_logger(logger);
    }
    auto main = std::make_shared<spdlog::logger>("cli", sinks.begin(), sinks.end());
    main->set_level(spdlog::level::info);
    spdlog::set_default_logger(main);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtDebugMsg) return;
        spdlog::warn("qt: {}", message.toStdString());
    });
}

QString help()
{
    return QCoreApplication::translate(
        "cd::cli",
        "usage: campaigndesk-cli [--db PATH] [--as-of YYYY-MM-DD] COMMAND\n"
        "  init --year Y [--template sanzhua-yicu]   create the year's campaign from the template\n"
        "  units import FILE [--dry-run] [--sheet NAME] [--skip-invalid]   a column 所属分组 (levels between \"/\") places each unit in a group\n"
        "  units list [--format table|csv|json]\n"
        "  units export FILE.csv|FILE.xlsx\n"
        "  groups list [--format table|csv|json] · groups add PATH [--kind region|system|other] [--office NAME] [--addressee TEXT]\n"
        "  groups move UNIT --to PATH                the tree of groups (分组): 地区 and 系统 at any depth\n"
        "  tasks list [--year Y] [--format table|csv|json]\n"
        "  resp import FILE [--dry-run] [--sheet NAME] [--skip-invalid]\n"
        "  resp list [--unit NAME] [--format table|csv|json]\n"
        "  resp export FILE.csv|FILE.xlsx [--unit NAME]\n"
        "  check                                     full integrity check, the audit record's hash chain included\n"
        "  audit list [--unit NAME] [--actor LOGIN] [--entity KIND] [--action A] [--since DATE] [--until DATE] [--text T] [--format table|csv|json] [--out FILE.pdf|.docx|.odt] · audit verify [--at CODE]\n"
        "  backup OUT                                consistent copy of the database (of a server: a new campaign file)\n"
        "  copy SOURCE DEST [--format json]          a whole campaign from a file to an empty server database or\n"
        "                                            from a server to a new file, verified table by table\n"
        "  demo --units N --year Y [--seed S]        write a realistic demo campaign\n"
        "  users add LOGIN --role R [--unit NAME] [--group PATH] · users list · users passwd LOGIN · users disable LOGIN\n"
        "  plan submit --unit NAME --month 2020-03 --file FILE.json [--request-key KEY]\n"
        "  report submit --unit NAME --period P --file FILE.json [--evidence-from FOLDER] [--request-key KEY]\n"
        "  report list [--period P] [--status S] [--unit U] [--format table|csv|json]\n"
        "  report review --unit NAME --period P (--accept | --return TEXT)\n"
        "  reminders --period P [--format table|json] [--out FILE.pdf|.docx|.odt [--per-unit]]\n"
        "  inspection add --title T --date D [--kind K] [--inspectors TEXT] [--file VISITS.json] · inspection list [--quarter Q]\n"
        "  problem add --unit NAME --pillar P --text TEXT --deadline D · problem list [--status S] [--unit U] [--overdue]\n"
        "  problem transition ID --to STATE [--note TEXT] · problem escalate ID --step STEP [--note TEXT]\n"
        "  case add --unit NAME --pillar P --title T [--text T] [--negative] [--publish] · case list [--unit U]\n"
        "  dashboard [--group PATH] [--format table|json]   the dashboard's figures and heat map, and one row per group below (honours --as-of)\n"
        "  settings [--format json] · settings set KEY VALUE   light thresholds, verification rule, evidence limit\n"
        "  assess [--year Y] [--group PATH] [--format table|csv|json] [--out FILE.pdf|.docx|.odt|.xlsx|.csv [--unit NAME]]   year-end scores (honours --as-of)\n"
        "  assess groups [--year Y] [--group PATH] [--format table|csv|json]   each group's average and grades\n"
        "  assess score --unit NAME --item ITEM --value V [--reason TEXT] · assess clear --unit NAME --item ITEM\n"
        "  assess lock --year Y · assess unlock --year Y [--reason TEXT] · assess rubric [--file RUBRIC.json]\n"
        "  bulletin --quarter 2020Q2 [--issue N] [--group PATH] --out FILE.pdf|.docx|.odt|.html|.xlsx   the quarterly bulletin (honours --as-of)\n"
        "  bulletin issue --quarter 2020Q2 · bulletin list · bulletin correct --issue N --reason TEXT   (each with [--group PATH]: that group's own)\n"
        "  bulletin set --quarter 2020Q2 [--copy-to TEXT] [--charts yes|no] [--name-limit N] [--attachment register|xlsx]   the draft's 抄送 line, figures, 点名 and unit table\n"
        "  print ledger|responsibilities|progress [--unit NAME] --out FILE.pdf|.docx|.odt|.html · print notice ID --out FILE   registers; a line's escalation notice\n"
        "  print fonts [--format table|csv|json]     the font each part of a printed document gets on this computer\n"
        "  package export --unit NAME --out FILE [--new-key] · package export --all --out DIR   task packages for units without the network\n"
        "  package import FILE|DIR... [--dry-run] [--format json] · package list [--format table|csv|json]   take in units' report packages\n"
        "  review add --year Y --date D --title T [--place P] [--format json] · review list [--year Y]   述职测评 sessions\n"
        "  review person add --session S --unit U --name N --level first|direct|specific · review person fill|remove|move --session S [--id P] [--to N]\n"
        "  review people --session S [--format table|csv|json] · review groups --session S · review group add|set --session S --name N --weight W --ballots K\n"
        "  review ballots --session S --out FILE.pdf · review enter --session S --file BALLOTS.csv [--clerk 1|2] [--replace]\n"
        "  review tally --session S [--format table|csv|json] · review publish --session S · review amend --session S --serial N --file ROW.csv --reason TEXT\n"
        "  review totals --session S --file COUNTS.csv   counted by hand: person's place, group, 好, 较好, 一般, 差, invalid per row\n"
        "  review comments --session S [--person P] · review problems --session S --person P --comment K[,K…] --deadline D   voters' comments, made problem lines\n"
        "  review results --session S --out FILE.pdf|.docx|.odt|.html · review feedback --session S [--person P] --out FILE   the register, the feedback notices\n"
        "  review report save|submit --person P --file TEXT.txt [--evidence-from FOLDER] · review report accept|return --person P [--comment TEXT] · review reports --session S   述职报告\n"
        "  package open FILE --db PATH · package make --out FILE   on a unit's PC: its own file, and the package it sends back\n"
        "  global: --user LOGIN (password from CAMPAIGNDESK_PASSWORD or standard input)\n"
        "  --verbose: what the database engines said, on stderr as well as in the log file\n"
        "  --db takes a file or postgresql://USER@HOST:PORT/DATABASE (password from PGPASSWORD or CAMPAIGNDESK_PASSWORD, else asked)\n");
}

// The usage line and the lines of help() about one command.
QString helpFor(const QString& command)
{
    const QStringList lines = help().split(QLatin1Char('\n'));
    QStringList out{lines.first()};
    const QRegularExpression mentions(QStringLiteral("(^|· )%1( |$)").arg(QRegularExpression::escape(command)));
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (lines[i].trimmed().contains(mentions)) out << lines[i];
    if (out.size() == 1) return help();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

int main(int argc, char** argv)
{
    // Printing lays out fonts, which needs a GUI application; it runs on the offscreen
    // platform, so the tool works without a display.
    bool prints = false;
    for (int i = 1; i < argc; ++i)
        prints = prints || qstrcmp(argv[i], "--out") == 0 || qstrncmp(argv[i], "--out=", 6) == 0 ||
                 (qstrcmp(argv[i], "fonts") == 0 && i > 1 && qstrcmp(argv[i - 1], "print") == 0);
    if (prints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // The words as given: a QGuiApplication takes some for itself (-session, -style …), and
    // `review ballots --session S` must keep its own.
    QStringList given;
    for (int i = 0; i < argc; ++i) given << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application =
        prints ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    Q_UNUSED(app);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CampaignDesk"));
    cd::private_files::keep(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    setUpLogging(given.contains(QStringLiteral("--verbose")));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("campaigndesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString parseError;
    auto args = cd::cli::CliArgs::parse(given, &parseError);
    if (!args) {
        err << parseError << Qt::endl << help();
        return cd::cli::Usage;
    }
    const QString command = args->word(0);
    if (args->has(QStringLiteral("version")) || command == QLatin1String("version")) {
        out << QStringLiteral("campaigndesk-cli %1").arg(QStringLiteral(PROJECT_VERSION)) << Qt::endl;
        return cd::cli::Done;
    }
    if (command.isEmpty() || command == QLatin1String("help") || args->has(QStringLiteral("help"))) {
        // "units --help" or "help units": the lines about that command only.
        // Asked for (--help, help): on standard output, and done. Nothing asked: a usage error.
        const QString about = command == QLatin1String("help") ? args->word(1) : command;
        const bool asked = !command.isEmpty() || args->has(QStringLiteral("help"));
        (asked ? out : err) << (about.isEmpty() ? help() : helpFor(about));
        return asked ? cd::cli::Done : cd::cli::Usage;
    }
    cd::cli::CliSession session(*args, out, err);
    using Runner = int (*)(cd::cli::CliSession&);
    const QHash<QString, Runner> commands{
        {QStringLiteral("init"), cd::cli::runInit},     {QStringLiteral("units"), cd::cli::runUnits},
        {QStringLiteral("groups"), cd::cli::runGroups},
        {QStringLiteral("tasks"), cd::cli::runTasks},   {QStringLiteral("resp"), cd::cli::runResponsibilities},
        {QStringLiteral("check"), cd::cli::runCheck},   {QStringLiteral("audit"), cd::cli::runAudit},   {QStringLiteral("backup"), cd::cli::runBackup},
        {QStringLiteral("demo"), cd::cli::runDemo},     {QStringLiteral("users"), cd::cli::runUsers},
        {QStringLiteral("plan"), cd::cli::runPlan},     {QStringLiteral("report"), cd::cli::runReport},
        {QStringLiteral("reminders"), cd::cli::runReminders}, {QStringLiteral("inspection"), cd::cli::runInspection},
        {QStringLiteral("problem"), cd::cli::runProblem},     {QStringLiteral("case"), cd::cli::runCase},
        {QStringLiteral("dashboard"), cd::cli::runDashboard}, {QStringLiteral("settings"), cd::cli::runSettings},
        {QStringLiteral("assess"), cd::cli::runAssess},       {QStringLiteral("bulletin"), cd::cli::runBulletin},
        {QStringLiteral("print"), cd::cli::runPrint},         {QStringLiteral("package"), cd::cli::runPackage},
        {QStringLiteral("copy"), cd::cli::runCopy},           {QStringLiteral("review"), cd::cli::runReview},
    };
    auto it = commands.constFind(command);
    if (it == commands.cend()) {
        err << QCoreApplication::translate("cd::cli", "Unknown command: %1").arg(command) << Qt::endl << help();
        return cd::cli::Usage;
    }
    const int code = session.finish((*it)(session));
    // The command is done: its database is closed as always (the WAL checkpointed, the files
    // tidy) and what it printed flushed. The rest of the teardown (the fonts, the platform,
    // some eighty libraries' statics) would only free memory the process gives back anyway.
    session.db.reset();
    out.flush();
    err.flush();
    spdlog::shutdown();
    std::fflush(nullptr);
    std::_Exit(code);
}
