## Bloques de datos grandes (CTAP 2.1 §6.10): datos que los sitios guardan en la llave, p. ej. certificados.

blobs-space = Almacenamiento de bloques grandes: { $used } de { $max } bytes usados, { $free } libres.
blobs-space-unknown-max = Almacenamiento de bloques grandes: { $used } bytes usados.
blobs-empty = Ningún sitio guarda datos en él.
blobs-entries = { $count ->
    [one] Una entrada.
   *[other] { $count } entradas.
}
blobs-owner = { $user } en { $site }: { $count ->
    [one] una entrada
   *[other] { $count } entradas
}
blobs-unowned = { $count ->
    [one] Una entrada no pertenece a ninguna llave de acceso de esta llave (la de una llave de acceso eliminada, por ejemplo).
   *[other] { $count } entradas no pertenecen a ninguna llave de acceso de esta llave (las de llaves de acceso eliminadas, por ejemplo).
}
blobs-owners-need-pin = A qué llaves de acceso pertenecen se muestra con el PIN.
