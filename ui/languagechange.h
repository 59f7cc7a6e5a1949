#pragma once

#include <QObject>

#include <functional>

class QAbstractItemModel;

namespace Ui {

// Widgets hear of a new language through changeEvent(); item models and other
// plain QObjects do not. This calls `changed` whenever the application's
// translators change (the application object receives LanguageChange), for
// as long as `owner` lives.
void onLanguageChange(QObject *owner, std::function<void()> changed);

// Tells the views of `model` that every header and every cell may read
// differently now: headerDataChanged for both orientations, dataChanged for
// the text roles of every row (of every parent already populated).
void announceRetranslated(QAbstractItemModel &model);

// Both together: the model announces itself retranslated after each change
// of language.
void retranslateOnLanguageChange(QAbstractItemModel &model);

} // namespace Ui
