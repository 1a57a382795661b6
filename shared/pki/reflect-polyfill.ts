/** Installs the Reflect metadata API that @peculiar/x509's dependency injection needs; import it before @peculiar/x509. */
import 'reflect-metadata';
