// libxml2 for Swift. xmlversion.h comes first so that LIBXML_ICU_ENABLED can be
// switched off before encoding.h pulls ICU headers in: Foundation ships its own
// ICU and the two sets of types clash intermittently.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
