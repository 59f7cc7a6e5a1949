#pragma once

class QHeaderView;

namespace Ui {

// The width a header section needs to show its title whole (with the sort
// arrow where it sorts), in the header's font and style.
int headerSectionNeeds(const QHeaderView &header, int section);

// Widens each section the person sizes (or the program gave a width) to at
// least what its title needs, now and whenever the titles change (another
// language): "Téléchargement" is not cut to "éléchargemen". Stretched and
// self-sizing sections are left alone.
void keepHeaderTitlesWhole(QHeaderView *header);

} // namespace Ui
