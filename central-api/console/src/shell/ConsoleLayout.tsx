import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, type MouseEvent } from 'react';
import { fr } from '../i18n/fr';
import type { ConsolePage } from '../pages';
import type { StaffMe } from '../types';
import { CONSOLE_BASE } from './navigation';
import styles from './Shell.module.css';

/**
 * The console around every page: who is signed in (name, role, agency) and "Se déconnecter" in
 * the header, the pages of the person's role in the side menu, the page itself in <main>.
 */
export function ConsoleLayout({
  me,
  pages,
  page,
  onNavigate,
  onSignOut,
}: {
  me: StaffMe;
  pages: readonly ConsolePage[];
  page: ConsolePage | undefined;
  onNavigate(path: string): void;
  onSignOut(): void;
}) {
  useEffect(() => {
    document.title = `${page?.title ?? fr.appName} — ${fr.appName}`;
  }, [page]);
  const follow = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onNavigate(path);
  };
  return (
    <>
      <a className={`${styles.skip} fr-link`} href="#contenu">
        {fr.shell.skipToContent}
      </a>
      <header className={styles.header}>
        <div className={styles.brand}>
          <span className={styles.brandName}>{fr.brand}</span>
          <span className={styles.appName}>{fr.appName}</span>
        </div>
        <div className={styles.who}>
          <p className={`${styles.whoText} fr-mb-0`}>
            <span>
              <span className="fr-sr-only">{fr.shell.signedInAs} </span>
              <strong>{me.nom}</strong>
            </span>
            <span>
              {fr.roles[me.role]} · {me.agencyNom ?? fr.allAgencies}
            </span>
          </p>
          <Button priority="secondary" iconId="fr-icon-logout-box-r-line" onClick={onSignOut}>
            {fr.shell.signOut}
          </Button>
        </div>
      </header>
      <div className={styles.body}>
        <nav className={styles.nav} aria-label={fr.shell.nav}>
          <ul className={styles.navList}>
            {pages.map((p) => (
              <li key={p.path}>
                <a
                  className={`${styles.navLink} fr-link`}
                  href={CONSOLE_BASE + p.path}
                  aria-current={p === page ? 'page' : undefined}
                  onClick={(event) => follow(event, p.path)}
                >
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main className={styles.main} id="contenu" tabIndex={-1}>
          {page ? (
            <>
              <h1>{page.title}</h1>
              {page.element}
            </>
          ) : (
            <p>{pages.length === 0 ? fr.shell.noPage : fr.shell.notFound}</p>
          )}
        </main>
      </div>
    </>
  );
}
