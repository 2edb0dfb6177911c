/**
 * The font of each cell style of an OpenDocument spreadsheet: a style names its font (style:font-name, a font-face
 * declared in office:font-face-decls) or inherits one from its parent style; sheets hide through table styles.
 */
export class OdsStyles {
  private readonly fontFaces = new Map<string, string>();
  private readonly styles = new Map<string, { parent?: string; font?: string; hidden?: boolean }>();
  private current: string | null = null;

  /** Feed every start tag of styles.xml and content.xml (in document order) here. */
  open(name: string, attributes: Record<string, string>): void {
    if (name === "style:font-face" && attributes["style:name"]) {
      this.fontFaces.set(attributes["style:name"], unquote(attributes["svg:font-family"] ?? attributes["style:name"]));
    } else if (name === "style:style" || name === "style:default-style") {
      this.current = attributes["style:name"] ?? (name === "style:default-style" ? `default:${attributes["style:family"]}` : null);
      if (this.current) this.styles.set(this.current, { parent: attributes["style:parent-style-name"] });
    } else if (this.current && name === "style:text-properties" && attributes["style:font-name"]) {
      this.styles.get(this.current)!.font = attributes["style:font-name"];
    } else if (this.current && name === "style:table-properties" && attributes["table:display"] === "false") {
      this.styles.get(this.current)!.hidden = true;
    }
  }

  close(name: string): void {
    if (name === "style:style" || name === "style:default-style") this.current = null;
  }

  /** The font family of a cell style, following parent styles; undefined when none is set. */
  fontOf(styleName: string | undefined): string | undefined {
    const seen = new Set<string>();
    for (let name = styleName; name && !seen.has(name); name = this.styles.get(name)?.parent) {
      seen.add(name);
      const font = this.styles.get(name)?.font;
      if (font) return this.fontFaces.get(font) ?? font;
    }
    const fallback = this.styles.get("default:table-cell")?.font;
    return fallback ? (this.fontFaces.get(fallback) ?? fallback) : undefined;
  }

  isHidden(tableStyle: string | undefined): boolean {
    return tableStyle ? this.styles.get(tableStyle)?.hidden === true : false;
  }
}

function unquote(family: string): string {
  return family.replace(/^['"]|['"]$/g, "");
}
