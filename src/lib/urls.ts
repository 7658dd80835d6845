/** Every internal link goes through here so the site works under a sub-path (BASE_PATH). */

function base(): string {
  return import.meta.env.BASE_URL ?? '/';
}

/** Joins the deploy base and a site path: ("/etalase/", "inovasi/adm/") → "/etalase/inovasi/adm/". */
export function withBase(path: string, basePath: string = base()): string {
  const b = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

export const paths = {
  home: () => withBase(''),
  innovations: () => withBase('inovasi/'),
  innovationsSorted: (sort: string) => withBase(`inovasi/urut/${sort}/`),
  /** Page n of a sorted innovation list ("nama" is /inovasi/ itself). */
  innovationsPage: (sort: string, page: number) => {
    const list = sort === 'nama' ? 'inovasi/' : `inovasi/urut/${sort}/`;
    return withBase(page <= 1 ? list : `${list}halaman/${page}/`);
  },
  /** Page n of an OPD's innovations. */
  opdPage: (id: string, page: number) => withBase(page <= 1 ? `opd/${id}/` : `opd/${id}/halaman/${page}/`),
  innovation: (id: string) => withBase(`inovasi/${id}/`),
  opds: () => withBase('opd/'),
  opd: (id: string) => withBase(`opd/${id}/`),
  stats: () => withBase('statistik/'),
  data: () => withBase('data/'),
  search: () => withBase('cari/'),
};
