#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace cd {

// The lines an official document's title is set in (GB/T 9704 7.3.3): one where it fits;
// else broken between words — never inside a word, a number with its unit, or a quotation,
// never one character alone on a line — in a 梯形 (each line no shorter than the one above), a
// 菱形 (the middle line the longest), or failing those the other way up (倒梯形), the lines as
// even as that allows and none a stub of the others.
//
// Chinese has no spaces, so words are found the way a typesetter reads a title: the phrases
// of the campaign and of official documents (TitleLines.cpp lists them), numbers with their
// units (2026年, 第三季度), quotations (“三抓一促”), and the places where a title's parts
// meet (after 关于, around 的). A title with no such place breaks where the shape is best.
class TitleLines
{
public:
    using Width = std::function<double(const QString&)>;
    // `names`: the names of units or people in the title, each kept whole.
    static QStringList of(const QString& title, const Width& width, double lineWidth, const QStringList& names = {});
    // The same words on two lines as even as they allow (a table's header: 任务 / 按进度), or
    // the text whole where no place between words leaves two characters on each line.
    static QStringList halves(const QString& text, const Width& width);
};

} // namespace cd
