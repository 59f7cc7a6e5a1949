#include "ui/account/codeinput.h"

#include <QFontDatabase>

namespace Ui {

CodeInput::CodeInput(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("codeInput"));
    setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText);
    // Room for what people paste ("123 456"); clean() keeps the six digits.
    setMaxLength(32);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.6);
    mono.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    setFont(mono);
    setPlaceholderText(QStringLiteral("000000"));
    setAlignment(Qt::AlignCenter);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000000")) * 2);
    connect(this, &QLineEdit::textEdited, this, &CodeInput::clean);
}

void CodeInput::clean(const QString &typed)
{
    QString digits;
    int digitsBeforeCursor = 0;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        // ASCII digits only: the portal's codes are 0-9.
        const QChar c = typed.at(i);
        if (c >= u'0' && c <= u'9' && digits.size() < Digits) {
            digits.append(c);
            if (i < cursorPosition())
                ++digitsBeforeCursor;
        }
    }
    if (digits != typed) {
        setText(digits);
        setCursorPosition(digitsBeforeCursor);
    }
    if (digits.size() == Digits)
        emit completed(digits);
}

} // namespace Ui
