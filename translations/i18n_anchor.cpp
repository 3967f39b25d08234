// The translations library holds only compiled .qm resources; this file gives it a symbol.
namespace cd::i18n { int translationsAnchor() { return 1; } }
