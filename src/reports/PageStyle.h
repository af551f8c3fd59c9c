#pragma once

#include <QFont>
#include <QMarginsF>
#include <QSizeF>
#include <QString>

namespace cd {

// GB/T 9704-2012 (党政机关公文格式) in one place: paper, margins, fonts by role, sizes.
// Every printed document takes its layout from here.
struct PageStyle
{
    enum class Role { Title, Body, Heading1, Heading2 };

    QSizeF paperMm{210, 297};
    QMarginsF marginsMm{28, 37, 26, 35}; // left (订口), top (天头), right, bottom
    double bodyPt = 16;                    // 3号
    double titlePt = 22;                   // 2号
    double pageNumberPt = 14;              // 4号
    double linePitchPt = 28.98;            // 22 lines on the 225 mm text block (29 pt would leave room for 21)
    double pageNumberGapMm = 7;            // below the text block
    bool landscape = false;

    // The families asked for by role; missing ones fall back to an installed CJK font.
    QString titleFamily = QStringLiteral("方正小标宋简体");
    QString bodyFamily = QStringLiteral("仿宋_GB2312");
    QString heading1Family = QStringLiteral("黑体");
    QString heading2Family = QStringLiteral("楷体_GB2312");

    static PageStyle official() { return {}; }
    static PageStyle officialLandscape();

    QSizeF pageMm() const { return landscape ? paperMm.transposed() : paperMm; }
    QSizeF textBlockMm() const;
    // The standard's grid: charactersPerLine characters of body text fill a line.
    int charactersPerLine = 28;
    double characterPitchPt() const { return textBlockMm().width() / 25.4 * 72.0 / charactersPerLine; }
    // The installed family used for a role (logged once when it is a substitute).
    QString family(Role role) const;
    // The role's font at a size, for painting. Without OpenType shaping: shaped Latin runs take
    // the CJK fonts' alternate digits, which have no entry in their character map, so a PDF's
    // text layer lost them ("G1" read as "G"). Chinese needs no shaping.
    QFont font(Role role, double pt) const;
    static void unshaped(QFont& f) { f.setStyleStrategy(QFont::PreferNoShaping); }
    // The family an editable document (DOCX, ODT) names for a role: the one chosen in Print
    // settings, else the official font, installed here or not. An editor on the office's
    // computer (WPS with 仿宋_GB2312 …) uses it; LibreOffice on Debian finds this computer's
    // stand-in through the fontconfig aliases the package installs
    // (resources/fontconfig/65-campaigndesk-official-fonts.conf).
    QString named(Role role) const;
    // The same for a family this computer uses: the role it stands in for by name, or itself.
    QString named(const QString& installed) const;
    // The same with `picked` (empty: automatic) in place of this computer's Print settings.
    QString family(Role role, const QString& picked) const;
};

} // namespace cd
