#pragma once

// HTML bodies as plain text: for `quire-cli render`, quoting in replies and
// the search index.

#include <QString>
#include <QStringView>

namespace quire::mime {

// Block elements and <br> become line breaks, list items get "* ", table
// cells are separated by tabs, entities are decoded, whitespace is collapsed
// outside <pre>, and the contents of <script>, <style>, <head>, <title> and
// similar are dropped. Links are not expanded. Runs of blank lines are
// reduced to one.
QString htmlToText(QStringView html);

} // namespace quire::mime
