#pragma once

#include <QLineEdit>

namespace Ui {

// The field for a mailed 6-digit code. Keeps digits only, so a pasted
// "123 456" or "123-456" becomes "123456", and says when all six are in.
class CodeInput final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeInput)

public:
    static constexpr int Digits = 6;

    explicit CodeInput(QWidget *parent = nullptr);

    QString code() const { return text(); }
    bool isComplete() const { return text().size() == Digits; }

signals:
    // A person typed or pasted the sixth digit.
    void completed(const QString &code);

private:
    void clean(const QString &typed);
};

} // namespace Ui
